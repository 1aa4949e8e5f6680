// Builds 1-3 of invoker.properties: 1 fails and prints the reproduce line, 2 runs that line, 3 another master;
// build 4 runs the agent in audit mode.
def log = new File(basedir, 'build.log').text
def builds = log.split(/BUILD (SUCCESS|FAILURE)/)
assert builds.size() >= 4 : 'four builds'
def reproduce = 'Reproduce with: mvn test -Dtest=SampleTest#recordsEveryGenerator -Dseeds.master=2021'
assert builds[0].contains(reproduce) : 'the failing test printed its reproduce line'
(0..2).each { i ->
    assert !builds[i].contains('not seeded in this test JVM') : "with the agent every generator is seeded (build ${i + 1})"
}
assert builds[3].contains('[seed-everything agent] audit mode: watching unseeded randomness') : 'mode=audit'
assert builds[3].contains("options 'mode=audit': a watching mode, which seeds nothing") : 'the warning names the mode'

def lines = new File(basedir, 'values.txt').readLines().findAll { it.trim() }
assert lines.size() == 4 : "one line per build: ${lines}"
lines.each { assert it ==~ /math=0\.\d+.* threadLocal=-?\d+ shuffle=\[[0-9,]+\] commonsRng=-?\d+/ : it }
assert lines[0] == lines[1] : "the reproduce line gives the same values:\n${lines[0]}\n${lines[1]}"
def first = lines[0].split(' ')
def third = lines[2].split(' ')
(0..<4).each { i -> assert first[i] != third[i] : "master 7 changes ${first[i]}" }
return true
