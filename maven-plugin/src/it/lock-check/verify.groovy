// Build 1 locked, build 2 refused to overwrite, build 3 matched, build 4 drifted.
def log = new File(basedir, 'build.log').text
def lock = new File(basedir, 'determinism.lock.json')
assert lock.isFile() : 'build 1 wrote the lock file'
def locked = new groovy.json.JsonSlurper().parse(lock)
assert locked.format == 'seed-everything-lock/1'
assert locked.seed == '2021'
// The lock keeps what follows the last line break as a last, here empty, element: the bytes round-trip exactly.
def lines = locked.stdout
assert lines.size() == 4 && lines[3] == '' && lines[0].startsWith('draw 0: 0.')
assert log.contains('already exists and was left unchanged; replace it with -Dseeds.lock.update=true')
assert log.contains('seed-everything check: deterministic: 1 run agrees with the lock file') : 'build 3 matched'
assert log.contains('seed-everything check: the results drifted from') : 'build 4 failed on drift'
assert log.contains('the environment matches the lock file, so the drift comes from the program itself')
return true
