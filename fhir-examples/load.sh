#!/usr/bin/env bash
# Load the synthetic patients of spine-imaging-cds into a FHIR R4 server.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: fhir-examples/load.sh <FHIR base URL> [bearer token]

POSTs every fhir-examples/*.json transaction Bundle to the FHIR R4 base URL
(e.g. http://localhost:8081/fhir) with Content-Type: application/fhir+json and
prints one line per file with the HTTP status. Every entry is a PUT with a fixed
id, so loading twice leaves the server in the same state.

Arguments:
  <FHIR base URL>   base of the FHIR server (the transaction endpoint)
  [bearer token]    optional; sent as "Authorization: Bearer <token>"

Exit status: 0 when every Bundle got a 2xx answer, 1 when any failed,
2 on a usage error. All data is synthetic.
EOF
}

if [[ $# -ge 1 && ( "$1" == "-h" || "$1" == "--help" ) ]]; then
  usage
  exit 0
fi
if [[ $# -lt 1 || $# -gt 2 || -z "$1" ]]; then
  usage >&2
  exit 2
fi

base_url="${1%/}"
token="${2:-}"
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

curl_args=(--silent --show-error --output /dev/null --write-out '%{http_code}'
           --request POST
           --header 'Content-Type: application/fhir+json'
           --header 'Accept: application/fhir+json')
if [[ -n "$token" ]]; then
  curl_args+=(--header "Authorization: Bearer ${token}")
fi

shopt -s nullglob
files=("$dir"/*.json)
if [[ ${#files[@]} -eq 0 ]]; then
  echo "no *.json bundles in $dir" >&2
  exit 1
fi

failed=0
for file in "${files[@]}"; do
  status="$(curl "${curl_args[@]}" --data-binary "@${file}" "$base_url")" || true
  status="${status:-000}"
  if [[ "$status" =~ ^2[0-9][0-9]$ ]]; then
    echo "$(basename "$file") ${status}"
  else
    echo "$(basename "$file") ${status} FAILED"
    failed=1
  fi
done

exit "$failed"
