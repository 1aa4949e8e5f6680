package org.seedeverything.internal.targets;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;

/** Reflection on JDK internals, turning denied access into the {@code --add-opens} flag that grants it. */
public final class JdkAccess {
    private JdkAccess() {
    }

    /** Who the opens must be granted to: our module's name, or ALL-UNNAMED on the class path. */
    public static String grantee() {
        Module module = JdkAccess.class.getModule();
        return module.isNamed() ? module.getName() : "ALL-UNNAMED";
    }

    /** The flag that opens {@code type}'s package to this library. */
    public static String opensFlag(Class<?> type) {
        return opensFlag(type.getModule().getName(), type.getPackageName());
    }

    /** The flag that opens {@code module/packageName} to this library. */
    public static String opensFlag(String module, String packageName) {
        return "--add-opens=" + module + "/" + packageName + "=" + grantee();
    }

    /** Whether {@code type}'s package is open to this library already. */
    public static boolean isOpen(Class<?> type) {
        return type.getModule().isOpen(type.getPackageName(), JdkAccess.class.getModule());
    }

    /**
     * A declared field made accessible.
     *
     * @throws InaccessibleObjectException when the package is not opened to us
     */
    public static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /** The class, or null when it does not exist on this JDK or class path. Never initialises it. */
    public static Class<?> findClass(String name) {
        try {
            return Class.forName(name, false, JdkAccess.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return null;
        }
    }
}
