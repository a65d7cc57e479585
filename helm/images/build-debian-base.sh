#!/usr/bin/env bash
# Builds a JRE base image archive for the LIF service images from Debian packages only - for build
# machines that reach a Debian mirror but no container registry. The result is used as
#   ./mvnw -B -Pimages -DskipTests -pl helm package -Dlif.images.base=tar://$PWD/helm/target/base/lif-debian-jre17.tar
#
#   helm/images/build-debian-base.sh [output.tar]     (default helm/target/base/lif-debian-jre17.tar)
#
# Needs root (mmdebstrap --mode=root) and the Debian packages mmdebstrap and python3; installs
# mmdebstrap with apt-get when it is missing. Content: Debian 12 (bookworm) minbase,
# openjdk-17-jre-headless, ca-certificates, tzdata, and the user `lif` (uid 185, group 0) that the
# service images run as. No shell tools beyond minbase are added; man pages, docs and locales are left out.
set -euo pipefail
# (update-alternatives needs /usr/share/man/man1 although man pages are excluded: see --essential-hook)

out="${1:-$(cd "$(dirname "$0")/.." && pwd)/target/base/lif-debian-jre17.tar}"
suite="${LIF_BASE_SUITE:-bookworm}"
tag="${LIF_BASE_TAG:-lif/debian-jre17:$suite}"

if ! command -v mmdebstrap >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$out")"

mmdebstrap --mode=root --variant=minbase \
  --include=openjdk-17-jre-headless,ca-certificates,tzdata \
  --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/doc/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' \
  --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
  --customize-hook='chroot "$1" useradd --uid 185 --gid 0 --home-dir /deployments --no-create-home --shell /usr/sbin/nologin lif' \
  --customize-hook='mkdir -p "$1/deployments" && chown 185:0 "$1/deployments"' \
  --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin "$1"/var/log/*' \
  "$suite" "$work/rootfs.tar"

# Wrap the root filesystem as a one-layer image archive (the `docker save` format Jib reads as tar://).
python3 - "$work/rootfs.tar" "$out" "$tag" <<'PY'
import hashlib, json, os, sys, tarfile
rootfs, out, tag = sys.argv[1:4]
h = hashlib.sha256()
with open(rootfs, "rb") as f:
    for chunk in iter(lambda: f.read(1 << 20), b""):
        h.update(chunk)
diff_id = "sha256:" + h.hexdigest()
config = {
    "architecture": "amd64", "os": "linux",
    "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                       "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "LANG=C.UTF-8"],
               "User": "185", "WorkingDir": "/deployments"},
    "rootfs": {"type": "layers", "diff_ids": [diff_id]},
    "history": [{"created_by": "helm/images/build-debian-base.sh (mmdebstrap, openjdk-17-jre-headless)"}],
}
config_bytes = json.dumps(config, separators=(",", ":")).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
layer_name = diff_id[7:] + "/layer.tar"
manifest = json.dumps([{"Config": config_name, "RepoTags": [tag], "Layers": [layer_name]}]).encode()
def add_bytes(tar, name, data):
    info = tarfile.TarInfo(name); info.size = len(data); info.mode = 0o644
    import io; tar.addfile(info, io.BytesIO(data))
with tarfile.open(out, "w") as tar:
    add_bytes(tar, config_name, config_bytes)
    tar.add(rootfs, arcname=layer_name)
    add_bytes(tar, "manifest.json", manifest)
print(f"{out}: {tag} ({os.path.getsize(out) // (1 << 20)} MiB, layer {diff_id})")
PY
