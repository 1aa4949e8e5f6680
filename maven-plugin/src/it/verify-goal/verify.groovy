// Build 1 passed the deterministic program; build 2 failed on the clock; build 3 skipped.
def log = new File(basedir, 'build.log').text
assert log.contains('seed-everything verify: deterministic: 2 runs agree') : 'build 1 verified'
assert log.contains('seed-everything verify: nondeterminism found') : 'build 2 failed on nondeterminism'
assert log =~ /first difference: run 2 vs run 1: stdout line 2/ : 'the failure names the first difference'
assert log.contains('seed-everything: verify skipped (seeds.skip)') : 'build 3 was skipped'
def xml = new File(basedir, 'target/seed-everything-reports/TEST-seed-everything-verify.xml')
assert xml.isFile() : "JUnit XML at ${xml}"
def suite = new groovy.xml.XmlSlurper().parse(xml)
assert suite.testcase.size() == 2 : 'one test case per run'
assert suite.testcase.failure.size() == 1 : 'run 2 differs from run 1'
return true
