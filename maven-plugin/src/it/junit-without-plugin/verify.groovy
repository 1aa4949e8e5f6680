// Build 1 warned once (two seeded tests, one warning) with the plugin snippet; build 2 failed the tests.
def log = new File(basedir, 'build.log').text
def builds = log.split(/BUILD (SUCCESS|FAILURE)/)
def first = builds[0]
def warning = 'seed-everything: WARNING: jdk.math-random'
assert first.count(warning) == 1 : 'said once per run'
assert first.contains('<artifactId>seed-everything-maven-plugin</artifactId>') : 'the plugin snippet'
def version = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml')).dependencies.dependency[0].version.text()
assert first.contains("<version>${version}</version>") : "with this version, ${version}"
assert first.contains('<argLine>--add-opens=java.base/java.lang=ALL-UNNAMED') : 'the argLine alternative'
assert log.contains('Tests run: 2, Failures: 0, Errors: 0') : 'build 1 passed'
assert log.contains('seeds.failOnUnseeded=true asks such tests to fail') : 'build 2 failed the tests'
return true
