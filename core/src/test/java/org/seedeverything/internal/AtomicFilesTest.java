package org.seedeverything.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: create-if-absent that cannot lose a race, replace that keeps mode and links, no litter. */
class AtomicFilesTest {
    @TempDir
    Path directory;

    @RepeatedTest(5)
    @DisplayName("of eight writers creating the same new file at once, exactly one succeeds and its content stays")
    void concurrentCreationHasOneWinner() throws Exception {
        Path target = directory.resolve("determinism.lock.json");
        int writers = 8;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String content = "writer " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        AtomicFiles.createNew(target, content);
                        return true;
                    } catch (FileAlreadyExistsException lost) {
                        return false;
                    }
                }));
            }
            List<Integer> winners = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                if (results.get(i).get()) {
                    winners.add(i);
                }
            }
            assertEquals(1, winners.size(), "winners: " + winners);
            assertEquals("writer " + winners.get(0), Files.readString(target));
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.list(directory)) {
            assertEquals(List.of(target), files.toList(), "no temporary files are left");
        }
    }

    @Test
    void createNewRefusesAnExistingFile() throws Exception {
        Path target = Files.writeString(directory.resolve("lock.json"), "old");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.createNew(target, "new"));
        assertEquals("old", Files.readString(target));
    }

    @Test
    @DisplayName("a new file gets the mode the umask gives, not a private 0600")
    void newFilesRespectTheUmask() throws Exception {
        assumePosix();
        Path reference = Files.createFile(directory.resolve("reference"));
        Path created = directory.resolve("created.json");
        Path replaced = directory.resolve("replaced.json");

        AtomicFiles.createNew(created, "{}");
        AtomicFiles.writeString(replaced, "{}");

        Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(reference);
        assertEquals(umaskMode, Files.getPosixFilePermissions(created));
        assertEquals(umaskMode, Files.getPosixFilePermissions(replaced));
    }

    @Test
    @DisplayName("replacing keeps the file's mode and follows a symbolic link to the file it names")
    void replaceKeepsModeAndFollowsLinks() throws Exception {
        assumePosix();
        Path real = Files.writeString(Files.createDirectories(directory.resolve("shared")).resolve("lock.json"), "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw-r--"));
        Path link = Files.createSymbolicLink(directory.resolve("lock.json"), Path.of("shared", "lock.json"));

        AtomicFiles.writeString(link, "new");

        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(real));
        assertEquals(PosixFilePermissions.fromString("rw-rw-r--"), Files.getPosixFilePermissions(real));
    }

    @Test
    @DisplayName("temporary files of a writer that was killed are deleted; those of a live writer are kept")
    void abandonedTemporaryFilesAreCleanedUp() throws Exception {
        Process finished = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").start();
        finished.waitFor();
        long deadPid = finished.pid();
        Assumptions.assumeTrue(ProcessHandle.of(deadPid).isEmpty(), "the pid was not reused");
        Path abandoned = Files.writeString(directory.resolve(".lock.json." + deadPid + ".1a2b.tmp"), "torn");
        Path live = Files.writeString(directory.resolve(".lock.json." + ProcessHandle.current().pid() + ".3c4d.tmp"),
                "in progress");

        AtomicFiles.writeString(directory.resolve("lock.json"), "{}");

        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(live));
    }

    private static void assumePosix() {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }
}
