package org.spinecds.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** What the Jib configuration in pom.xml says about the container image. */
record ImageConfig(String image, String user, List<Integer> ports, List<String> jvmFlags) {

	private static final String JIB = "/project/build/pluginManagement/plugins/plugin[artifactId='jib-maven-plugin']/configuration";

	static ImageConfig fromPom() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
			XPath xpath = XPathFactory.newInstance().newXPath();
			String image = xpath.evaluate(JIB + "/to/image", pom)
				.replace("${image.name}", xpath.evaluate("/project/properties/*[name()='image.name']", pom))
				.replace("${project.version}", xpath.evaluate("/project/version", pom));
			List<Integer> ports = texts(xpath, pom, JIB + "/container/ports/port").stream()
				.map(Integer::valueOf)
				.toList();
			List<String> jvmFlags = texts(xpath, pom, JIB + "/container/jvmFlags/jvmFlag");
			return new ImageConfig(image, xpath.evaluate(JIB + "/container/user", pom), ports, jvmFlags);
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot read the Jib configuration from pom.xml", e);
		}
	}

	/**
	 * The heap's share of the container's memory limit, from
	 * {@code -XX:MaxRAMPercentage}.
	 */
	double maxRamPercentage() {
		return jvmFlags.stream()
			.filter(flag -> flag.startsWith("-XX:MaxRAMPercentage="))
			.map(flag -> Double.valueOf(flag.substring(flag.indexOf('=') + 1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no -XX:MaxRAMPercentage in the Jib jvmFlags"));
	}

	/** The numeric uid the image runs as ({@code <user>uid:gid</user>}). */
	long uid() {
		return Long.parseLong(user.split(":")[0]);
	}

	long gid() {
		return Long.parseLong(user.split(":")[1]);
	}

	private static List<String> texts(XPath xpath, Document pom, String path) throws Exception {
		NodeList nodes = (NodeList) xpath.evaluate(path, pom, XPathConstants.NODESET);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent().trim());
		}
		return texts;
	}
}
