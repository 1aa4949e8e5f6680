package org.seedeverything.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {
    @Test
    void noOptionsMeanSeedModeWithTheMasterLeftToCore() {
        AgentOptions options = AgentOptions.parse(null);

        assertEquals(AgentMode.SEED, options.mode());
        assertNull(options.master());
        assertNull(options.report());
        assertFalse(options.insecureSecureRandom());
        assertEquals(options, AgentOptions.parse(" "));
    }

    @Test
    void readsEveryOption() {
        AgentOptions options = AgentOptions.parse("seed=0x7e5,report=out/seeds.json,insecure-securerandom,quiet");

        assertEquals(2021L, options.master());
        assertEquals(Path.of("out/seeds.json"), options.report());
        assertTrue(options.insecureSecureRandom());
        assertTrue(options.quiet());
        assertEquals(AgentMode.STRICT, AgentOptions.parse("mode=STRICT").mode());
        assertEquals(-1L, AgentOptions.parse("seed=18446744073709551615").master());
    }

    @Test
    void anUnknownOptionIsNamedWithTheAcceptedOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AgentOptions.parse("seed=1,moed=audit"));

        assertTrue(error.getMessage().contains("'moed=audit'"), error.getMessage());
        assertTrue(error.getMessage().contains("mode=seed|audit|warn|strict"), error.getMessage());
    }

    @Test
    void aBadSeedOrModeIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("seed=twenty"))
                .getMessage().contains("seed=twenty"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("mode=loud"))
                .getMessage().contains("use seed, audit, warn or strict"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("seed="))
                .getMessage().contains("seed=2021"));
    }

    @Test
    void predictableSecureRandomIsRefusedWhereNothingIsSeeded() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AgentOptions.parse("mode=audit,insecure-securerandom"));

        assertTrue(error.getMessage().contains("mode=audit"), error.getMessage());
    }
}
