"""deploy/scripts/ingest-seeds.sh against a stand-in ingest-service: what it uploads, waits for and reports."""

import http.server
import os
import re
import subprocess
import tempfile
import threading
import unittest

SCRIPT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../ingest-seeds.sh"))


class StandInIngest(http.server.BaseHTTPRequestHandler):
    """Ready, and answers 202 to each POST /articles, or 500 for a file whose name contains 'poison'."""

    uploads = []

    def do_GET(self):
        self.send_response(200 if self.path == "/q/health/ready" else 404)
        self.end_headers()

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        name = re.search(rb'name="file"; filename="([^"]+)"', body).group(1).decode()
        StandInIngest.uploads.append(name)
        status = 500 if "poison" in name else 202
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(f'[{{"fileName":"{name}","status":"accepted"}}]'.encode())

    def log_message(self, *args):
        pass


class IngestSeedsTest(unittest.TestCase):
    """Runs the script with INGEST_URL pointed at the stand-in."""

    def setUp(self):
        StandInIngest.uploads = []
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), StandInIngest)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.folder = tempfile.mkdtemp(prefix="ingest-seeds-")

    def tearDown(self):
        self.server.shutdown()
        self.server.server_close()
        subprocess.run(["rm", "-rf", self.folder], check=True)

    def write(self, name):
        path = os.path.join(self.folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"Text of {name}.\n")
        return path

    def run_script(self, *args, url=None, wait="5"):
        env = dict(os.environ, INGEST_URL=url or self.url, INGEST_WAIT_SECONDS=wait)
        return subprocess.run([SCRIPT, *args], env=env, capture_output=True, text=True, timeout=60)

    def test_default_is_every_seed_but_the_readme(self):
        result = self.run_script()
        self.assertEqual(0, result.returncode, result.stderr)
        # Hidden files are not articles (seeds/.publication-days.tsv gives the local stack the seeds' days).
        seeds = sorted(f for f in os.listdir(os.path.join(os.path.dirname(SCRIPT), "../../seeds"))
                       if f != "README.md" and not f.startswith("."))
        self.assertEqual(seeds, sorted(StandInIngest.uploads))
        self.assertIn(f"{len(seeds)} uploaded, 0 failed", result.stdout)

    def test_files_and_folders_one_request_each(self):
        single = self.write("a.txt")
        self.write("not-named.html")
        self.write("sub/c.md")
        self.write("sub/deeper/d.pdf")
        result = self.run_script(single, os.path.join(self.folder, "sub"))
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertEqual(["a.txt", "c.md", "d.pdf"], StandInIngest.uploads)
        self.assertIn("ok    " + os.path.join(self.folder, "a.txt"), result.stdout)

    def test_a_refused_file_fails_the_run_but_not_the_others(self):
        self.write("good.txt")
        self.write("poison.txt")
        result = self.run_script(self.folder)
        self.assertEqual(1, result.returncode)
        self.assertEqual(["good.txt", "poison.txt"], StandInIngest.uploads)
        self.assertIn("1 uploaded, 1 failed", result.stdout)
        self.assertIn("FAIL", result.stderr)

    def test_gives_up_when_ingest_never_gets_ready(self):
        result = self.run_script(url="http://127.0.0.1:9", wait="2")
        self.assertEqual(1, result.returncode)
        self.assertIn("is not ready after 2s", result.stderr)
        self.assertEqual([], StandInIngest.uploads)

    def test_missing_path_is_a_usage_error(self):
        result = self.run_script(os.path.join(self.folder, "nope"))
        self.assertEqual(2, result.returncode)
        self.assertIn("no such file or folder", result.stderr)


if __name__ == "__main__":
    unittest.main()
