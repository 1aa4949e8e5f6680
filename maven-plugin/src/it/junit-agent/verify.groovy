// The three builds of invoker.properties: 1 fails and prints the reproduce line, 2 runs that line, 3 another master.
def log = new File(basedir, 'build.log').text
def reproduce = 'Reproduce with: mvn test -Dtest=SampleTest#recordsEveryGenerator -Dseeds.master=2021'
assert log.contains(reproduce) : 'the failing test printed its reproduce line'
assert !log.contains('not seeded in this test JVM') : 'with the agent every generator is seeded'

def lines = new File(basedir, 'values.txt').readLines().findAll { it.trim() }
assert lines.size() == 3 : "one line per build: ${lines}"
lines.each { assert it ==~ /math=0\.\d+.* threadLocal=-?\d+ shuffle=\[[0-9,]+\] commonsRng=-?\d+/ : it }
assert lines[0] == lines[1] : "the reproduce line gives the same values:\n${lines[0]}\n${lines[1]}"
def first = lines[0].split(' ')
def third = lines[2].split(' ')
(0..<4).each { i -> assert first[i] != third[i] : "master 7 changes ${first[i]}" }
return true
