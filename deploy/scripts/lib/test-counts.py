"""Sums the JUnit XML reports under the given folders: 'N passed, N failed, N skipped' for a run's summary.

    python3 deploy/scripts/lib/test-counts.py LABEL [SINCE]

Reads the reports below the working directory; SINCE (seconds since the epoch) keeps only those written from then
on, so that a second run over part of the modules is not counted with the reports an earlier run left.
"""

import glob
import os
import sys
import xml.etree.ElementTree as ElementTree


def counts(since=0.0):
    """(tests, failed, skipped, report files) over the surefire and failsafe reports written since then."""
    tests = failed = skipped = files = 0
    for path in glob.glob(os.path.join("**", "target", "*-reports", "TEST-*.xml"), recursive=True):
        if os.path.getmtime(path) < since:
            continue
        suite = ElementTree.parse(path).getroot()
        tests += int(suite.get("tests", 0))
        failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        skipped += int(suite.get("skipped", 0))
        files += 1
    return tests, failed, skipped, files


if __name__ == "__main__":
    label = sys.argv[1]
    tests, failed, skipped, files = counts(float(sys.argv[2]) if len(sys.argv) > 2 else 0.0)
    print(f"{label}: {tests} tests in {files} classes: {tests - failed - skipped} passed, {failed} failed, "
          f"{skipped} skipped")
