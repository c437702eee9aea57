"""lib/ensure.sh installs a missing package under `set -euo pipefail`, with apt-get and apt-cache stand-ins."""

import os
import stat
import subprocess
import tempfile
import unittest

LIB = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../lib/ensure.sh"))

# A policy far longer than a pipe's buffer, as apt-cache prints for a package with many versions: a reader that
# stops at the first match leaves the writer to die of SIGPIPE, which is how the old `| grep -q` failed.
APT_CACHE = """#!/bin/sh
echo "$2:"
echo "  Installed: (none)"
echo "  Candidate: 1.29.2-3"
i=0; while [ $i -lt 20000 ]; do echo "     1.29.2-3 500 http://deb.example/debian bookworm/main amd64 Packages"; i=$((i+1)); done
"""
APT_GET = """#!/bin/sh
echo "$@" >> "$LOG"
# "install -y -qq PKG...": each package's command appears on PATH.
[ "$1" = install ] || exit 0
for package; do
    case $package in install|-*) ;; *) printf '#!/bin/sh\\n' > "$BIN/$package" && chmod +x "$BIN/$package" ;; esac
done
exit 0
"""


class EnsureTest(unittest.TestCase):
    """ensure COMMAND PACKAGE, run as root against fake apt tools."""

    def setUp(self):
        self.bin = tempfile.mkdtemp(prefix="ensure-bin-")
        self.log = os.path.join(self.bin, "apt-get.log")
        for name, text in (("apt-cache", APT_CACHE), ("apt-get", APT_GET), ("id", "#!/bin/sh\necho 0\n")):
            self.write_tool(name, text)

    def ensure(self, command, package):
        return self.run_lib(f"ensure {command} {package}")

    def run_lib(self, call):
        env = {"PATH": f"{self.bin}:/usr/bin:/bin", "LOG": self.log, "BIN": self.bin}
        script = f'set -euo pipefail; source "{LIB}"; {call}'
        return subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, timeout=60)

    def test_a_missing_command_is_installed_even_when_the_policy_is_long(self):
        result = self.ensure("quotewire-fake-yamllint", "quotewire-fake-yamllint")
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertIn("installing quotewire-fake-yamllint", result.stdout)
        with open(self.log, encoding="utf-8") as f:
            self.assertIn("install -y -qq quotewire-fake-yamllint", f.read())

    def test_a_present_command_installs_nothing(self):
        result = self.ensure("sh", "dash")
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertFalse(os.path.exists(self.log))

    def test_ensure_all_installs_only_the_missing_packages_in_one_apt_get_run(self):
        result = self.run_lib("ensure_all quotewire-fake-a quotewire-fake-a sh dash quotewire-fake-b quotewire-fake-b"
                              " && ensure quotewire-fake-b quotewire-fake-b")
        self.assertEqual(0, result.returncode, result.stderr)
        with open(self.log, encoding="utf-8") as f:
            self.assertEqual(["install -y -qq quotewire-fake-a quotewire-fake-b"], f.read().splitlines())

    def test_ensure_all_with_nothing_missing_installs_nothing(self):
        result = self.run_lib("ensure_all sh dash bash bash")
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertFalse(os.path.exists(self.log))

    def test_a_package_apt_does_not_know_is_left_out_even_when_the_lists_cannot_be_fetched(self):
        self.write_tool("apt-cache", '#!/bin/sh\necho "$2:"\necho "  Candidate: (none)"\n')
        self.write_tool("apt-get", '#!/bin/sh\necho "$@" >> "$LOG"\nexit 100\n')
        result = self.run_lib("ensure_all quotewire-fake-a quotewire-fake-a && echo carried-on"
                              " && ensure quotewire-fake-a quotewire-fake-a")
        self.assertEqual(1, result.returncode, result.stderr)
        self.assertIn("carried-on", result.stdout)
        self.assertIn("quotewire-fake-a is missing and quotewire-fake-a could not be installed", result.stderr)
        with open(self.log, encoding="utf-8") as f:
            self.assertEqual(["update -qq", "update -qq"], f.read().splitlines())

    def write_tool(self, name, text):
        path = os.path.join(self.bin, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(path, os.stat(path).st_mode | stat.S_IEXEC)


if __name__ == "__main__":
    unittest.main()
