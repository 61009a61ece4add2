import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of the packaged service, run with the JDK alone: {@code java bench/LoadBenchmark.java}.
 *
 * <p>Starts the jar on loopback with production-like settings, then drives it with 8 and 32 concurrent clients for a
 * fixed time each: (1) the baseline, GET /cds-services; (2) a mix of every hooks/ request with full prefetch; (3) the
 * same mix with prefetch removed, against a stub FHIR server (in this process) that delays every answer. Prints
 * throughput and latency percentiles, start-up time and resident memory. Only loopback addresses are used.
 */
public class LoadBenchmark {

	static final Path ROOT = Path.of(".").toAbsolutePath().normalize();
	static long servicePid = -1;
	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
		long fhirDelayMs = Long.parseLong(options.getOrDefault("fhir-delay-ms", "100"));
		Path jar = Path.of(options.getOrDefault("jar", "target/spine-imaging-cds-0.1.0-SNAPSHOT.jar"));
		// --only=sandbox-first-call,early-fusion-mri-without-contrast: only those hooks/ folders' requests.
		List<String> only = options.containsKey("only") ? List.of(options.get("only").split(",")) : List.of();
		List<Request> withPrefetch = hookRequests(false, only);
		List<Request> withoutPrefetch = hookRequests(true, only);
		// What every hook call costs apart from the clinical work: the sandbox's first call has no order in scope.
		List<Request> noOrderInScope = hookRequests(false, List.of("sandbox-first-call"));

		HttpServer fhir = stubFhirServer(fhirDelayMs);
		String fhirBase = "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir";
		if (options.containsKey("compare")) {
			try {
				compare(options, jar, Path.of(options.get("compare")), withPrefetch, fhirBase, duration);
			} finally {
				fhir.stop(0);
			}
			return;
		}
		long startedNanos = System.nanoTime();
		// --database=postgresql: the production store, an embedded PostgreSQL server on the same machine.
		Process database = "postgresql".equals(options.get("database")) ? startPostgres() : null;
		String datasource = database != null ? jdbcUrl(database)
				: options.containsKey("datasource") ? options.get("datasource") : emptyBenchDatabaseUrl("bench-data");
		Service started = startService(options, jar, datasource, fhirBase, "bench-service.log");
		Process service = started.process();
		List<String> command = started.command();
		String base = started.base();
		servicePid = service.pid();
		try {
			double startupSeconds = waitFor(base, "/cds-services", startedNanos);
			double readySeconds = waitFor(base, "/actuator/health/readiness", startedNanos);
			long firstCallStarted = System.nanoTime();
			if (!send(base, withPrefetch.get(0), null)) {
				throw new IllegalStateException("The first hook call failed; see target/bench-service.log");
			}
			double firstCallMillis = (System.nanoTime() - firstCallStarted) / 1e6;
			System.out.printf("machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
					System.getProperty("os.name"), System.getProperty("java.version"));
			System.out.printf("service JVM: %s (the image's flags; MaxRAM = the Deployment's memory limit)%n",
					String.join(" ", command.subList(1, command.indexOf("-jar"))));
			System.out.printf("database: %s%n", datasource);
			System.out.printf("start-up (process start to first discovery 200): %.2f s; ready (readiness 200): %.2f s;"
					+ " the first hook call after that: %.0f ms%n", startupSeconds, readySeconds, firstCallMillis);
			long warmUpSeconds = Long.parseLong(options.getOrDefault("warm-up-seconds", "90"));
			Result cold = warmUp(base, withPrefetch, withoutPrefetch, fhirBase, Duration.ofSeconds(warmUpSeconds));
			System.out.printf("warm-up: %d s; hooks with full prefetch at 32 clients in its first 15 s: %.0f req/s%n",
					warmUpSeconds, cold.throughput());
			System.out.printf("%-34s %7s %9s %8s %8s %8s %8s %6s %10s %8s %10s%n",
					"scenario", "clients", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "cpu ms/req", "gc cpu %",
					"load ms/req");
			int[] clientCounts = Arrays.stream(options.getOrDefault("clients", "8,32").split(","))
					.mapToInt(Integer::parseInt).toArray();
			// --scenarios=hooks (or baseline, floor, fetched) runs only those, to profile one of them.
			String scenarios = options.getOrDefault("scenarios", "baseline,hooks,floor,fetched");
			for (int clients : clientCounts) {
				Result baseline = scenarios.contains("baseline") ? run(clients, duration, base, List.of(Request.discovery()), null) : null;
				Result hooks = scenarios.contains("hooks") ? run(clients, duration, base, withPrefetch, null) : null;
				Result floor = scenarios.contains("floor") ? run(clients, duration, base, noOrderInScope, null) : null;
				Result fetched = scenarios.contains("fetched") ? run(clients, duration, base, withoutPrefetch, fhirBase) : null;
				print("baseline GET /cds-services", clients, baseline);
				print("hooks, full prefetch", clients, hooks);
				print("hooks, no order in scope", clients, floor);
				print("hooks, no prefetch (FHIR " + fhirDelayMs + " ms)", clients, fetched);
				if (baseline != null && hooks != null) {
					System.out.printf("  %d clients: hook throughput / baseline = %.2f%n", clients,
							hooks.throughput() / baseline.throughput());
				}
				if (baseline != null && floor != null) {
					System.out.printf("  %d clients: no-order-in-scope throughput / baseline = %.2f%n", clients,
							floor.throughput() / baseline.throughput());
				}
				if (fetched != null) {
					System.out.printf("  %d clients: no-prefetch p99 / FHIR latency = %.2f%n", clients,
							fetched.percentile(99) / fhirDelayMs);
				}
			}
			System.out.printf("resident memory after the load: %d MB (peak %d MB)%n",
					memoryMegabytes(service.pid(), "VmRSS:"), memoryMegabytes(service.pid(), "VmHWM:"));
			if (options.containsKey("nmt")) {
				new ProcessBuilder("jcmd", String.valueOf(service.pid()), "VM.native_memory", "summary").inheritIO().start().waitFor();
			}
		} finally {
			service.destroy();
			fhir.stop(0);
			if (database != null) {
				database.getOutputStream().close();
				database.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	record Service(Process process, String base, List<String> command) {
	}

	/** The jar started as the container image runs it, in a container with the Kubernetes Deployment's memory limit. */
	static Service startService(Map<String, String> options, Path jar, String datasource, String fhirBase, String log,
			String... extraArgs) throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of("java"));
		for (String flag : imageJvmFlags()) {
			command.add(flag.startsWith("-XX:+Use") && flag.endsWith("GC") ? options.getOrDefault("gc", flag) : flag);
		}
		command.add("-XX:MaxRAM=" + options.getOrDefault("memory-limit", deploymentMemoryLimit()));
		if (options.containsKey("jvm-args")) {
			command.addAll(List.of(options.get("jvm-args").split(" ")));
		}
		if (options.containsKey("jfr")) {
			// Profile the service: --jfr=target/bench.jfr, then `jfr print --events jdk.ExecutionSample`.
			command.add("-XX:FlightRecorderOptions=stackdepth=256");
			command.add("-XX:StartFlightRecording=filename=" + options.get("jfr") + ",settings=profile,dumponexit=true");
		}
		command.addAll(List.of("-jar", jar.toString(),
						"--server.port=" + port,
						"--server.address=127.0.0.1",
						"--cds.fhir.allowed-servers=" + fhirBase,
						"--spring.datasource.url=" + datasource,
						"--logging.level.org.spinecds.hooks.HookCallLog=WARN"));
		if (options.containsKey("service-args")) {
			command.addAll(List.of(options.get("service-args").split(" ")));
		}
		command.addAll(List.of(extraArgs));
		Process process = new ProcessBuilder(command)
				.redirectErrorStream(true)
				.redirectOutput(ROOT.resolve("target/" + log).toFile())
				.start();
		return new Service(process, "http://127.0.0.1:" + port, command);
	}

	/**
	 * --compare=other.jar: this build's jar (A) and another (B) side by side, each with its own empty H2 file, both
	 * warmed up, then driven in turns (A B B A, then B A A B, ...) with the same hooks/ requests and the discovery
	 * baseline at 32 clients. The machine's speed drifts by up to 2x over minutes; turns of a few seconds each see the
	 * same machine, so the per-call CPU of the two builds compares where separate runs do not.
	 */
	static void compare(Map<String, String> options, Path jarA, Path jarB, List<Request> hooks, String fhirBase,
			Duration turn) throws Exception {
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "8"));
		Service a = startService(options, jarA, emptyBenchDatabaseUrl("bench-data-a"), fhirBase, "bench-service-a.log");
		// --compare-args: settings for B only, e.g. the same jar with another value of one setting
		String[] argsB = options.containsKey("compare-args") ? options.get("compare-args").split(" ") : new String[0];
		Service b = startService(options, jarB, emptyBenchDatabaseUrl("bench-data-b"), fhirBase, "bench-service-b.log",
				argsB);
		try {
			long started = System.nanoTime();
			waitFor(a.base(), "/actuator/health/readiness", started);
			waitFor(b.base(), "/actuator/health/readiness", started);
			Duration warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warm-up-seconds", "90")));
			for (Service service : List.of(a, b)) {
				run(service.process().pid(), 32, warmUp.dividedBy(2), service.base(), hooks, null);
			}
			for (Service service : List.of(a, b)) {
				run(service.process().pid(), 32, warmUp.dividedBy(2), service.base(), hooks, null);
				run(service.process().pid(), 32, warmUp.dividedBy(10), service.base(), List.of(Request.discovery()), null);
			}
			System.out.printf("A: %s%nB: %s%n", jarA, jarB);
			if (options.containsKey("together")) {
				together(a, b, hooks, turn, rounds);
			} else {
				alternate(a, b, hooks, turn, rounds);
			}
			System.out.printf("audited calls per transaction: A %s, B %s%n", callsPerBatch(a), callsPerBatch(b));
		} finally {
			a.process().destroy();
			b.process().destroy();
		}
	}

	/** The default: A and B in turns (A B B A, then B A A B, ...), each turn discovery then every hooks/ request. */
	static void alternate(Service a, Service b, List<Request> hooks, Duration turn, int rounds) throws Exception {
		System.out.printf("%5s %5s %10s %12s %12s %12s %8s%n", "round", "build", "hooks/s", "hook cpu ms", "base cpu ms",
				"hooks/base", "gc %");
		List<Double> hookCpuA = new ArrayList<>();
		List<Double> hookCpuB = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			List<Service> order = round % 2 == 0 ? List.of(a, b, b, a) : List.of(b, a, a, b);
			for (int i = 0; i < order.size(); i += 2) {
				for (Service service : order.subList(i, i + 2)) {
					long pid = service.process().pid();
					Result baseline = run(pid, 32, turn.dividedBy(2), service.base(), List.of(Request.discovery()), null);
					Result hookCalls = run(pid, 32, turn, service.base(), hooks, null);
					String build = service == a ? "A" : "B";
					(service == a ? hookCpuA : hookCpuB).add(hookCalls.serviceCpuMillisPerRequest());
					System.out.printf("%5d %5s %10.0f %12.3f %12.3f %12.2f %8.0f%n", round + 1, build,
							hookCalls.throughput(), hookCalls.serviceCpuMillisPerRequest(),
							baseline.serviceCpuMillisPerRequest(), hookCalls.throughput() / baseline.throughput(),
							hookCalls.gcCpuPercent());
				}
			}
		}
		double medianA = median(hookCpuA);
		double medianB = median(hookCpuB);
		System.out.printf("median hook CPU per call: A %.3f ms, B %.3f ms, A/B %.2f%n", medianA, medianB,
				medianA / medianB);
	}

	/**
	 * --together: both builds driven at the same time, 16 clients each, so that both see the same machine at every
	 * moment; each turn gives each build's CPU per hook call over the same seconds, and their ratio.
	 */
	static void together(Service a, Service b, List<Request> hooks, Duration turn, int rounds) throws Exception {
		System.out.printf("%5s %10s %10s %12s %12s %8s%n", "round", "A hooks/s", "B hooks/s", "A cpu ms", "B cpu ms",
				"A/B");
		List<Double> ratios = new ArrayList<>();
		var drivers = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < rounds; round++) {
				var resultA = drivers.submit(() -> run(a.process().pid(), 16, turn, a.base(), hooks, null));
				var resultB = drivers.submit(() -> run(b.process().pid(), 16, turn, b.base(), hooks, null));
				Result ra = resultA.get();
				Result rb = resultB.get();
				double ratio = ra.serviceCpuMillisPerRequest() / rb.serviceCpuMillisPerRequest();
				ratios.add(ratio);
				System.out.printf("%5d %10.0f %10.0f %12.3f %12.3f %8.3f%n", round + 1, ra.throughput(), rb.throughput(),
						ra.serviceCpuMillisPerRequest(), rb.serviceCpuMillisPerRequest(), ratio);
			}
		} finally {
			drivers.shutdown();
		}
		List<Double> sorted = ratios.stream().sorted().toList();
		System.out.printf("CPU per hook call, A/B: median %.3f (lowest %.3f, highest %.3f over %d turns)%n", median(ratios),
				sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
	}

	/** cds_audit_written_total / cds_audit_batches_total from the service's metrics, or "-" (a build without them). */
	static String callsPerBatch(Service service) throws IOException, InterruptedException {
		String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(service.base() + "/actuator/prometheus")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher written = Pattern.compile("(?m)^cds_audit_written_total\\S* (\\S+)$").matcher(metrics);
		Matcher batches = Pattern.compile("(?m)^cds_audit_batches_total\\S* (\\S+)$").matcher(metrics);
		if (!written.find() || !batches.find()) {
			return "-";
		}
		return String.format("%.1f", Double.parseDouble(written.group(1)) / Double.parseDouble(batches.group(1)));
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/** The JDBC URL BenchPostgres prints among its log lines; the rest of its output goes on to target/bench-postgres.log. */
	static String jdbcUrl(Process database) throws IOException, InterruptedException {
		var url = new CompletableFuture<String>();
		Thread drain = new Thread(() -> {
			try (var lines = new BufferedReader(new InputStreamReader(database.getInputStream(), StandardCharsets.UTF_8));
					var log = Files.newBufferedWriter(ROOT.resolve("target/bench-postgres.log"))) {
				for (String line; (line = lines.readLine()) != null; ) {
					if (line.startsWith("jdbc:")) {
						url.complete(line);
					}
					log.write(line);
					log.newLine();
				}
			} catch (IOException e) {
				url.completeExceptionally(e);
			}
			url.completeExceptionally(new IllegalStateException("PostgreSQL did not start; see target/bench-postgres.log"));
		});
		drain.setDaemon(true);
		drain.start();
		try {
			return url.get(120, TimeUnit.SECONDS);
		} catch (ExecutionException | TimeoutException e) {
			throw new IllegalStateException("PostgreSQL did not start; see target/bench-postgres.log", e);
		}
	}

	/** BenchPostgres from the test classes, on the classpath bench/run.sh writes to target/bench-classpath.txt. */
	static Process startPostgres() throws IOException {
		Path classpath = ROOT.resolve("target/bench-classpath.txt");
		if (!Files.exists(classpath)) {
			throw new IllegalStateException("--database=postgresql needs target/bench-classpath.txt: run bench/run.sh");
		}
		return new ProcessBuilder("java", "-cp",
				"target/test-classes" + File.pathSeparator + "target/classes" + File.pathSeparator + Files.readString(classpath).trim(),
				"org.spinecds.bench.BenchPostgres")
				.redirectErrorStream(true)
				.start();
	}

	record Request(String path, String body) {
		static Request discovery() {
			return new Request("/cds-services", null);
		}
	}

	record Result(long[] latenciesMicros, double seconds, long errors, double serviceCpuSeconds, double gcCpuSeconds,
			double loadGeneratorCpuSeconds) {
		double throughput() {
			return latenciesMicros.length / seconds;
		}

		/** The service's own CPU time (user + system) per answered request, in ms. */
		double serviceCpuMillisPerRequest() {
			return 1000 * serviceCpuSeconds / Math.max(1, latenciesMicros.length);
		}

		/** This process's CPU time (the load generator, sharing the machine with the service) per request, in ms. */
		double loadGeneratorCpuMillisPerRequest() {
			return 1000 * loadGeneratorCpuSeconds / Math.max(1, latenciesMicros.length);
		}

		/** The garbage collector's threads' share of the service's CPU time, in %. */
		double gcCpuPercent() {
			return 100 * gcCpuSeconds / Math.max(1e-9, serviceCpuSeconds);
		}

		double percentile(double p) {
			if (latenciesMicros.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(p / 100.0 * latenciesMicros.length) - 1;
			return latenciesMicros[Math.max(0, Math.min(index, latenciesMicros.length - 1))] / 1000.0;
		}
	}

	static Result run(int clients, Duration duration, String base, List<Request> mix, String fhirBase)
			throws InterruptedException, IOException {
		return run(servicePid, clients, duration, base, mix, fhirBase);
	}

	static Result run(long pid, int clients, Duration duration, String base, List<Request> mix, String fhirBase)
			throws InterruptedException, IOException {
		double cpuBefore = cpuSeconds(pid);
		double gcCpuBefore = gcCpuSeconds(pid);
		double loadGeneratorCpuBefore = cpuSeconds(ProcessHandle.current().pid());
		List<long[]> perClient = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		CountDownLatch done = new CountDownLatch(clients);
		long end = System.nanoTime() + duration.toNanos();
		long begin = System.nanoTime();
		var pool = Executors.newFixedThreadPool(clients);
		for (int c = 0; c < clients; c++) {
			int offset = c;
			long[] latencies = new long[2_000_000];
			perClient.add(latencies);
			pool.execute(() -> {
				int n = 0;
				for (int i = offset; System.nanoTime() < end && n < latencies.length; i++) {
					Request request = mix.get(i % mix.size());
					long t0 = System.nanoTime();
					if (!send(base, request, fhirBase)) {
						errors.incrementAndGet();
					}
					latencies[n++] = (System.nanoTime() - t0) / 1000;
				}
				latencies[latencies.length - 1] = n;
				done.countDown();
			});
		}
		done.await();
		pool.shutdown();
		double seconds = (System.nanoTime() - begin) / 1e9;
		long[] all = perClient.stream()
				.flatMapToLong(latencies -> Arrays.stream(latencies, 0, (int) latencies[latencies.length - 1]))
				.sorted()
				.toArray();
		return new Result(all, seconds, errors.get(), cpuSeconds(pid) - cpuBefore,
				gcCpuSeconds(pid) - gcCpuBefore, cpuSeconds(ProcessHandle.current().pid()) - loadGeneratorCpuBefore);
	}

	static boolean send(String base, Request request, String fhirBase) {
		try {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
					.timeout(Duration.ofSeconds(10));
			if (request.body() == null) {
				builder.GET();
			} else {
				String body = fhirBase == null ? request.body() : request.body().replace("\"@FHIR_SERVER@\"", "\"" + fhirBase + "\"");
				builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
			}
			return HTTP.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}

	static void print(String scenario, int clients, Result result) {
		if (result == null) {
			return;
		}
		System.out.printf("%-34s %7d %9.0f %8.1f %8.1f %8.1f %8.1f %6d %10.3f %8.0f %10.3f%n", scenario, clients,
				result.throughput(), result.percentile(50), result.percentile(95), result.percentile(99),
				result.percentile(100), result.errors(), result.serviceCpuMillisPerRequest(), result.gcCpuPercent(),
				result.loadGeneratorCpuMillisPerRequest());
	}

	/** Every hooks/ request, replayed to its own service; without prefetch they point fhirServer at the stub. */
	static List<Request> hookRequests(boolean removePrefetch, List<String> only) throws IOException {
		List<Request> requests = new ArrayList<>();
		try (var files = Files.walk(ROOT.resolve("hooks"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".request.json"))
					.filter(path -> only.isEmpty() || only.contains(path.getParent().getFileName().toString()))
					.sorted()
					.toList()) {
				String body = Files.readString(file);
				String hook = body.contains("\"hook\": \"order-sign\"") || body.contains("\"hook\":\"order-sign\"") ? "order-sign" : "order-select";
				if (removePrefetch) {
					body = withoutPrefetch(body);
				}
				requests.add(new Request("/cds-services/lumbar-imaging-" + hook, body));
			}
		}
		return requests;
	}

	/** Drops the "prefetch" member (always last in the hooks/ files) and sets fhirServer to a placeholder. */
	static String withoutPrefetch(String body) {
		int prefetch = body.lastIndexOf("\"prefetch\"");
		String trimmed = body.substring(0, prefetch).replaceAll(",\\s*$", "") + "\n}\n";
		trimmed = trimmed.replaceAll("\"fhirServer\"\\s*:\\s*\"[^\"]*\",?", "");
		return trimmed.replaceFirst("\\{", "{\"fhirServer\": \"@FHIR_SERVER@\",");
	}

	/** A FHIR server stand-in: answers from fhir-examples/, after a fixed delay, on a thread per request. */
	static HttpServer stubFhirServer(long delayMs) throws IOException {
		// Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK: +40 ms.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		Map<String, String> bundles = new ConcurrentHashMap<>();
		try (var files = Files.list(ROOT.resolve("fhir-examples"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
				String patientId = file.getFileName().toString().replace(".json", "");
				bundles.put(patientId, Files.readString(file));
			}
		}
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/fhir", exchange -> {
			try (InputStream ignored = exchange.getRequestBody()) {
				Thread.sleep(delayMs);
				String answer = answer(exchange.getRequestURI(), bundles);
				byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
				exchange.sendResponseHeaders(200, bytes.length);
				exchange.getResponseBody().write(bytes);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} finally {
				exchange.close();
			}
		});
		server.start();
		return server;
	}

	static final Pattern SEARCH = Pattern.compile("/fhir/(Condition|Procedure|Observation|AllergyIntolerance|Device)\\?patient=([^&]+)");
	static final Pattern READ = Pattern.compile("/fhir/Patient/([^/?]+)");

	/** A searchset of the patient's resources of that type (or the Patient), cut out of the example bundle. */
	static String answer(URI uri, Map<String, String> bundles) {
		String path = uri.getPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		Matcher search = SEARCH.matcher(path);
		if (search.find()) {
			return searchset(bundles.getOrDefault(search.group(2), ""), search.group(1));
		}
		Matcher read = READ.matcher(path);
		if (read.find()) {
			List<String> patients = resources(bundles.getOrDefault(read.group(1), ""), "Patient");
			return patients.isEmpty() ? "{\"resourceType\":\"OperationOutcome\"}" : patients.get(0);
		}
		return "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}";
	}

	static String searchset(String bundle, String type) {
		List<String> found = resources(bundle, type);
		StringBuilder json = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":")
				.append(found.size()).append(",\"entry\":[");
		for (int i = 0; i < found.size(); i++) {
			json.append(i == 0 ? "" : ",").append("{\"resource\":").append(found.get(i)).append('}');
		}
		return json.append("]}").toString();
	}

	/** The "resource" objects of one type in a transaction bundle, by brace matching (the files are our own). */
	static List<String> resources(String bundle, String type) {
		List<String> found = new ArrayList<>();
		int at = 0;
		while ((at = bundle.indexOf("\"resource\"", at)) >= 0) {
			int start = bundle.indexOf('{', at);
			int depth = 0;
			int end = start;
			for (; end < bundle.length(); end++) {
				char ch = bundle.charAt(end);
				if (ch == '{') depth++;
				if (ch == '}' && --depth == 0) break;
			}
			String resource = bundle.substring(start, end + 1);
			if (resource.matches("(?s)\\{\\s*\"resourceType\"\\s*:\\s*\"" + type + "\".*")) {
				found.add(resource);
			}
			at = end;
		}
		return found;
	}

	/**
	 * Runs every scenario until the JIT has compiled the hot paths: on two cores, C2 keeps compiling for over a minute
	 * of load, and hook throughput measured before that is half the steady state. Returns the first 15 s (cold).
	 */
	static Result warmUp(String base, List<Request> withPrefetch, List<Request> withoutPrefetch, String fhirBase,
			Duration total) throws InterruptedException, IOException {
		Duration cold = Duration.ofSeconds(15);
		Result first = run(32, cold, base, withPrefetch, null);
		Duration rest = total.minus(cold).isNegative() ? Duration.ZERO : total.minus(cold);
		run(32, rest.multipliedBy(5).dividedBy(10), base, withPrefetch, null);
		run(32, rest.multipliedBy(4).dividedBy(10), base, withoutPrefetch, fhirBase);
		run(32, rest.dividedBy(10), base, List.of(Request.discovery()), null);
		return first;
	}

	/** The Jib jvmFlags in pom.xml: the flags the container image starts the service with. */
	static List<String> imageJvmFlags() throws IOException {
		String pom = Files.readString(ROOT.resolve("pom.xml"));
		List<String> flags = new ArrayList<>();
		Matcher flag = Pattern.compile("<jvmFlag>([^<]+)</jvmFlag>").matcher(pom);
		while (flag.find()) {
			flags.add(flag.group(1).trim());
		}
		return flags;
	}

	/** The container memory limit in deploy/kubernetes/deployment.yaml, as a JVM size (512Mi: 512m). */
	static String deploymentMemoryLimit() throws IOException {
		String deployment = Files.readString(ROOT.resolve("deploy/kubernetes/deployment.yaml"));
		Matcher limit = Pattern.compile("limits:\\s*\\n(?:\\s*cpu:.*\\n)?\\s*memory:\\s*(\\d+)(Mi|Gi)").matcher(deployment);
		if (!limit.find()) {
			throw new IllegalStateException("No memory limit in deploy/kubernetes/deployment.yaml");
		}
		return limit.group(1) + (limit.group(2).equals("Gi") ? "g" : "m");
	}

	/**
	 * The application's default H2 database, settings included, in a file under target/ instead of ./data, and empty:
	 * every run starts from a new database (one run audits about 300,000 calls, 265 MB; kept, the file grew to
	 * 9 GB over a day of runs and the figures drifted with it).
	 */
	static String emptyBenchDatabaseUrl(String folder) throws IOException {
		Path data = ROOT.resolve("target/" + folder);
		if (Files.isDirectory(data)) {
			try (var files = Files.list(data)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}
		String settings = Files.readString(ROOT.resolve("src/main/resources/application.yml"));
		Matcher url = Pattern.compile("url: (jdbc:h2:file:)\\./data/(\\S+)").matcher(settings);
		if (!url.find()) {
			throw new IllegalStateException("No H2 datasource url in src/main/resources/application.yml");
		}
		return url.group(1) + "./target/" + folder + "/" + url.group(2);
	}

	/** Seconds from the process start until a GET of the path answers 200. */
	static double waitFor(String base, String path, long startedNanos) throws InterruptedException {
		while (true) {
			if (send(base, new Request(path, null), null)) {
				return (System.nanoTime() - startedNanos) / 1e9;
			}
			if (System.nanoTime() - startedNanos > Duration.ofSeconds(90).toNanos()) {
				throw new IllegalStateException("The service did not answer " + path + " within 90 s; see target/bench-service.log");
			}
			Thread.sleep(20);
		}
	}

	/** User plus system CPU time of a process so far, from /proc (clock ticks of 10 ms on Linux). */
	static double cpuSeconds(long pid) throws IOException {
		if (pid <= 0) {
			return 0;
		}
		return cpuTicks(Path.of("/proc/" + pid + "/stat")) / 100.0;
	}

	/** utime + stime from a /proc stat file (a process's or one thread's), in clock ticks. */
	static long cpuTicks(Path stat) throws IOException {
		String line = Files.readString(stat);
		String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/** CPU time of the JVM's garbage-collector threads (HotSpot names them "GC Thread#n" and "G1 ..."). */
	static double gcCpuSeconds(long pid) throws IOException {
		if (pid <= 0) {
			return 0;
		}
		long ticks = 0;
		try (var threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
			for (Path thread : threads.toList()) {
				try {
					String name = Files.readString(thread.resolve("comm")).trim();
					if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
						ticks += cpuTicks(thread.resolve("stat"));
					}
				} catch (NoSuchFileException threadEnded) {
					// a thread that ended between the listing and the read
				}
			}
		}
		return ticks / 100.0;
	}

	/** VmRSS: resident now; VmHWM: the peak resident so far. */
	static long memoryMegabytes(long pid, String field) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith(field)) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
			}
		}
		return -1;
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new ConcurrentHashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		return options;
	}
}
