"""unittest.main (TestProgram): loads the tests of a module (or those named
on the command line), runs them with a TextTestRunner and exits with status
1 if any failed (CPython 3.11 Lib/unittest/main.py). Options: -v, -q, -f,
-k PATTERN, --locals; -b and -c are refused, discovery is not provided."""

import sys

from . import loader, runner

__unittest = True


class TestProgram(object):
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = None
    testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not getattr(sys, 'warnoptions', None):
            # Show deprecation warnings during the run, as CPython's
            # default for unittest.main.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].rpartition('/')[2] if argv else 'python'
        self.parseArgs(argv)
        self.runTests()

    def _usage_error(self, message):
        sys.stderr.write(f"usage: {self.progName} [-h] [-v] [-q] [--locals]"
                         f" [-f] [-c] [-b] [-k TESTNAMEPATTERNS]"
                         f" [tests ...]\n")
        sys.stderr.write(f"{self.progName}: error: {message}\n")
        sys.exit(2)

    def parseArgs(self, argv):
        names = []
        args = list(argv[1:])
        while args:
            arg = args.pop(0)
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg == '--locals':
                self.tb_locals = True
            elif arg in ('-b', '--buffer', '-c', '--catch'):
                raise NotImplementedError(
                    f"unittest option {arg} is not supported by Coil yet")
            elif arg == '-k' or arg.startswith('-k'):
                pattern = arg[2:] if arg != '-k' else (
                    args.pop(0) if args else
                    self._usage_error("argument -k: expected one argument"))
                if '*' not in pattern:
                    pattern = '*%s*' % pattern
                self.testNamePatterns = (self.testNamePatterns or []) + [
                    pattern]
            elif arg.startswith('-') and arg != '-':
                self._usage_error(f"unrecognized arguments: {arg}")
            else:
                names.append(arg)
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            if self.module is None:
                raise NotImplementedError(
                    "unittest test discovery is not supported by Coil yet: "
                    "name the test modules")
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def runTests(self):
        if self.catchbreak:
            raise NotImplementedError(
                "unittest catchbreak is not supported by Coil yet")
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(
                        verbosity=self.verbosity, failfast=self.failfast,
                        buffer=self.buffer, warnings=self.warnings,
                        tb_locals=self.tb_locals)
                except TypeError:
                    # a runner without tb_locals
                    testRunner = self.testRunner(
                        verbosity=self.verbosity, failfast=self.failfast,
                        buffer=self.buffer, warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
