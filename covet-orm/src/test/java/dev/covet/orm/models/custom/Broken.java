package dev.covet.orm.models.custom;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.Custom;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldType;

/** Custom fields declared wrongly, each refused with an error naming the field. */
public final class Broken {
    private Broken() {
    }

    /** A type without a no-argument constructor. */
    public static final class NeedsArgument implements FieldType<String> {
        public NeedsArgument(int size) {
        }

        @Override
        public Class<String> javaType() {
            return String.class;
        }

        @Override
        public FieldKind.Storage storage() {
            return FieldKind.Storage.STRING;
        }

        @Override
        public Object toDb(String value) {
            return value;
        }

        @Override
        public String fromDb(Object dbValue) {
            return (String) dbValue;
        }
    }

    /** A type that says it stores integers but hands over text. */
    public static final class Liar implements FieldType<String> {
        @Override
        public Class<String> javaType() {
            return String.class;
        }

        @Override
        public FieldKind.Storage storage() {
            return FieldKind.Storage.INT;
        }

        @Override
        public Object toDb(String value) {
            return value;
        }

        @Override
        public String fromDb(Object dbValue) {
            return String.valueOf(dbValue);
        }
    }

    /** A type naming a column type that is not one. */
    public static final class Injecting extends MoneyTypeBase {
        @Override
        public String columnType(String dialect) {
            return "TEXT); DROP TABLE priced; --";
        }
    }

    /** Money stored as text would be, for the wrong-Java-type check. */
    public static class MoneyTypeBase implements FieldType<String> {
        @Override
        public Class<String> javaType() {
            return String.class;
        }

        @Override
        public FieldKind.Storage storage() {
            return FieldKind.Storage.STRING;
        }

        @Override
        public Object toDb(String value) {
            return value;
        }

        @Override
        public String fromDb(Object dbValue) {
            return (String) dbValue;
        }
    }

    public static class NoConstructor extends Model {
        public static final Manager<NoConstructor> objects = Manager.of(NoConstructor.class);
        @Custom(NeedsArgument.class) public String code;
    }

    public static class WrongStorage extends Model {
        public static final Manager<WrongStorage> objects = Manager.of(WrongStorage.class);
        @Custom(Liar.class) public String count;
    }

    public static class BadColumnType extends Model {
        public static final Manager<BadColumnType> objects = Manager.of(BadColumnType.class);
        @Custom(Injecting.class) public String code;
    }

    public static class WrongJavaType extends Model {
        public static final Manager<WrongJavaType> objects = Manager.of(WrongJavaType.class);
        @Custom(MoneyType.class) public String price;
    }
}
