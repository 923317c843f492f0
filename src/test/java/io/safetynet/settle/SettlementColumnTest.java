package io.safetynet.settle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * On a Spark executor the first settle class touched is {@link SettlementColumn} (the driver touches the schema
 * first). A class loader of its own for this package initialises the classes in the executor's order, as the
 * standalone-cluster test once found broken by a cycle between the enum and the schema.
 */
class SettlementColumnTest {
  @Test
  void theColumnsInitialiseFirstAsOnAnExecutor() throws Exception {
    ClassLoader fresh = new ClassLoader(getClass().getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith("io.safetynet.settle.")) {
          return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
          Class<?> c = findLoadedClass(name);
          if (c == null) {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
              byte[] bytes = in.readAllBytes();
              c = defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
              throw new ClassNotFoundException(name, e);
            }
          }
          return c;
        }
      }
    };
    Class<?> columns = Class.forName("io.safetynet.settle.SettlementColumn", true, fresh);
    Method values = columns.getMethod("values");
    assertEquals(40, ((Object[]) values.invoke(null)).length);
    Class<?> schema = Class.forName("io.safetynet.settle.SettlementSchema", true, fresh);
    Object struct = schema.getField("SCHEMA").get(null);
    assertEquals(40, ((org.apache.spark.sql.types.StructType) struct).size());
  }

  @Test
  void theSchemaFollowsTheColumnsInOrder() {
    assertEquals(SettlementColumn.values().length, SettlementSchema.SCHEMA.size());
    for (SettlementColumn c : SettlementColumn.values()) {
      assertEquals(c.column(), SettlementSchema.SCHEMA.fields()[c.ordinal()].name());
    }
  }
}
