"""Sums the JUnit XML reports under the given folders: 'N passed, N failed, N skipped' for a run's summary.

    python3 deploy/scripts/lib/test-counts.py LABEL [ROOT]      (ROOT defaults to the working directory)
"""

import glob
import os
import sys
import xml.etree.ElementTree as ElementTree


def counts(root):
    """(tests, failed, skipped, report files) over every surefire and failsafe report under root."""
    tests = failed = skipped = files = 0
    pattern = os.path.join(root, "**", "target", "*-reports", "TEST-*.xml")
    for path in glob.glob(pattern, recursive=True):
        suite = ElementTree.parse(path).getroot()
        tests += int(suite.get("tests", 0))
        failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        skipped += int(suite.get("skipped", 0))
        files += 1
    return tests, failed, skipped, files


if __name__ == "__main__":
    label = sys.argv[1]
    tests, failed, skipped, files = counts(sys.argv[2] if len(sys.argv) > 2 else ".")
    print(f"{label}: {tests} tests in {files} classes: {tests - failed - skipped} passed, {failed} failed, "
          f"{skipped} skipped")
