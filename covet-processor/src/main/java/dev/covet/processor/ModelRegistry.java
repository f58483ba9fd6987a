package dev.covet.processor;

import dev.covet.orm.field.FieldKind;
import dev.covet.orm.meta.Naming;
import dev.covet.processor.ModelShape.Member;
import dev.covet.processor.ModelShape.Member.Kind;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The models the processor knows, read from their elements as Covet's runtime reads them from classes: the
 * models of this compilation (with the reverse relations between them) and the ones they point at. Not
 * thread-safe.
 */
final class ModelRegistry {
    static final String MODEL = "dev.covet.orm.Model";
    private static final String FIELDS = "dev.covet.orm.field.";
    private static final Map<String, FieldKind> KINDS = Map.ofEntries(
            Map.entry("AutoField", FieldKind.AUTO), Map.entry("BigAutoField", FieldKind.BIG_AUTO),
            Map.entry("CharField", FieldKind.CHAR), Map.entry("TextField", FieldKind.TEXT),
            Map.entry("EmailField", FieldKind.EMAIL), Map.entry("URLField", FieldKind.URL),
            Map.entry("IntegerField", FieldKind.INTEGER), Map.entry("BigIntegerField", FieldKind.BIG_INTEGER),
            Map.entry("SmallIntegerField", FieldKind.SMALL_INTEGER), Map.entry("FloatField", FieldKind.FLOAT),
            Map.entry("DecimalField", FieldKind.DECIMAL), Map.entry("BooleanField", FieldKind.BOOLEAN),
            Map.entry("DateTimeField", FieldKind.DATETIME), Map.entry("DateField", FieldKind.DATE),
            Map.entry("TimeField", FieldKind.TIME), Map.entry("JSONField", FieldKind.JSON),
            Map.entry("BinaryField", FieldKind.BINARY), Map.entry("UUIDField", FieldKind.UUID),
            Map.entry("EnumField", FieldKind.ENUM), Map.entry("ArrayField", FieldKind.ARRAY),
            Map.entry("ForeignKey", FieldKind.RELATION), Map.entry("OneToOneField", FieldKind.RELATION),
            Map.entry("ManyToManyField", FieldKind.MANY_TO_MANY));

    private final Elements elements;
    private final Types types;
    private final Set<TypeElement> compiled = new LinkedHashSet<>();
    private final Map<TypeElement, ModelShape> shapes = new HashMap<>();
    private boolean linked;

    ModelRegistry(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** Records the models among {@code roots} (and their member classes), compiled in this compilation. */
    void addRoots(Set<? extends Element> roots) {
        for (Element e : roots) {
            if (e instanceof TypeElement t) {
                if (isModel(t) && compiled.add(t)) {
                    // a model seen in a later round may add reverse names to the ones read before
                    linked = false;
                    shapes.clear();
                }
                addRoots(new LinkedHashSet<>(ElementFilter.typesIn(t.getEnclosedElements())));
            }
        }
    }

    /** The concrete models of this compilation, which get a metamodel. */
    List<TypeElement> concreteModels() {
        return compiled.stream().filter(t -> !t.getModifiers().contains(Modifier.ABSTRACT)).toList();
    }

    boolean isModel(TypeElement t) {
        for (TypeMirror s = t.getSuperclass(); s.getKind() == TypeKind.DECLARED; ) {
            TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
            if (e.getQualifiedName().contentEquals(MODEL)) {
                return true;
            }
            s = e.getSuperclass();
        }
        return false;
    }

    /** The shape of model {@code t}, or null when {@code t} is no model. */
    ModelShape shape(TypeElement t) {
        link();
        return read(t);
    }

    private ModelShape read(TypeElement t) {
        if (t == null || !isModel(t)) {
            return null;
        }
        ModelShape s = shapes.get(t);
        if (s == null) {
            s = new ModelShape(t);
            shapes.put(t, s);
            readFields(s);
        }
        return s;
    }

    private void link() {
        if (linked) {
            return;
        }
        linked = true;
        for (TypeElement t : compiled) {
            ModelShape s = read(t);
            s.complete = s.complete || isPlain(t);
        }
        for (TypeElement t : compiled) {
            TypeElement parent = (TypeElement) types.asElement(t.getSuperclass());
            if (parent != null && !parent.getModifiers().contains(Modifier.ABSTRACT) && isModel(parent)) {
                // multi-table inheritance: the parent gains a link to this child the processor does not model
                read(parent).complete = false;
            }
        }
        for (TypeElement t : concreteModels()) {
            addReverse(read(t));
        }
    }

    /** A model whose names the processor knows in full: compiled here, no proxy, no concrete parent. */
    private boolean isPlain(TypeElement t) {
        if (annotation(t, "dev.covet.orm.meta.Proxy") != null) {
            return false;
        }
        AnnotationMirror meta = annotation(t, "dev.covet.orm.meta.Meta");
        if (meta != null && !string(meta, "polymorphicOn").isEmpty()) {
            return false;
        }
        for (TypeMirror s = t.getSuperclass(); s.getKind() == TypeKind.DECLARED; ) {
            TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
            if (e.getQualifiedName().contentEquals(MODEL)) {
                return true;
            }
            if (!e.getModifiers().contains(Modifier.ABSTRACT)) {
                return false;
            }
            s = e.getSuperclass();
        }
        return false;
    }

    private void readFields(ModelShape s) {
        boolean ownPk = false;
        for (TypeElement c = s.type; c != null && !c.getQualifiedName().contentEquals(MODEL);
             c = (TypeElement) types.asElement(c.getSuperclass())) {
            for (VariableElement f : ElementFilter.fieldsIn(c.getEnclosedElements())) {
                if (f.getModifiers().contains(Modifier.STATIC)) {
                    continue;
                }
                String name = f.getSimpleName().toString();
                for (AnnotationMirror a : f.getAnnotationMirrors()) {
                    String type = ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
                    if (!type.startsWith(FIELDS)) {
                        continue;
                    }
                    String simple = type.substring(FIELDS.length());
                    if (simple.equals("Custom")) {
                        // a user-defined type: its storage is known only at run time, so any lookup passes here
                        s.members.putIfAbsent(name, new Member(name, Kind.COLUMN, null, f.asType(), null));
                        continue;
                    }
                    if (simple.equals("GenericRelation") || simple.equals("GenericForeignKey")) {
                        s.members.putIfAbsent(name, new Member(name, Kind.OPAQUE, null, f.asType(), null));
                        continue;
                    }
                    FieldKind kind = KINDS.get(simple);
                    if (kind == null) {
                        continue;
                    }
                    if (kind == FieldKind.RELATION || kind == FieldKind.MANY_TO_MANY) {
                        TypeElement target = target(s.type, f, a);
                        Kind k = kind == FieldKind.RELATION ? Kind.FORWARD : Kind.MANY_TO_MANY;
                        s.members.putIfAbsent(name, new Member(name, k, kind, f.asType(), target));
                        if (kind == FieldKind.RELATION) {
                            s.members.putIfAbsent(name + "Id", new Member(name + "Id", Kind.RAW_KEY, null, f.asType(), target));
                        }
                    } else {
                        s.members.putIfAbsent(name, new Member(name, Kind.COLUMN, kind, f.asType(), null));
                        if (bool(a, "primaryKey") && !ownPk) {
                            ownPk = true;
                            s.pkName = name;
                            s.pkStorage = kind.storage();
                        }
                    }
                }
            }
        }
        if (!ownPk) {
            s.members.putIfAbsent("id", new Member("id", Kind.COLUMN, FieldKind.BIG_AUTO,
                    elements.getTypeElement("java.lang.Long").asType(), null));
        }
    }

    /** The model a relation field points at: its type argument, else its {@code to}; null when unknown. */
    private TypeElement target(TypeElement owner, VariableElement f, AnnotationMirror a) {
        if (f.asType() instanceof DeclaredType d && d.getTypeArguments().size() == 1
                && d.getTypeArguments().getFirst() instanceof DeclaredType arg) {
            TypeElement e = (TypeElement) arg.asElement();
            if (isModel(e)) {
                return e;
            }
        }
        String to = string(a, "to");
        if (to.equals("self")) {
            return owner;
        }
        if (to.isEmpty()) {
            return null;
        }
        TypeElement e = elements.getTypeElement(to);
        if (e == null) {
            PackageElement p = elements.getPackageOf(owner);
            e = elements.getTypeElement(p.isUnnamed() ? to : p.getQualifiedName() + "." + to);
        }
        return e != null && isModel(e) ? e : null;
    }

    /** Adds to each target the reverse names of {@code source}'s relations, named as the runtime names them. */
    private void addReverse(ModelShape source) {
        for (VariableElement f : allFields(source.type)) {
            Member m = source.members.get(f.getSimpleName().toString());
            if (m == null || (m.kind() != Kind.FORWARD && m.kind() != Kind.MANY_TO_MANY) || m.target() == null) {
                continue;
            }
            AnnotationMirror a = relationAnnotation(f);
            if (a == null) {
                continue;
            }
            ModelShape target = read(m.target());
            String declared = string(a, "relatedName");
            boolean manyToMany = m.kind() == Kind.MANY_TO_MANY;
            if (declared.equals("+") || (manyToMany && m.target().equals(source.type) && bool(a, "symmetrical"))) {
                continue;
            }
            if (declared.contains("%")) {
                target.complete = false;
                continue;
            }
            boolean oneToOne = ((TypeElement) a.getAnnotationType().asElement()).getSimpleName().contentEquals("OneToOneField");
            String queryName = !string(a, "relatedQueryName").isEmpty() ? string(a, "relatedQueryName")
                    : !declared.isEmpty() ? declared : Naming.lowerCamel(source.name);
            String accessor = !declared.isEmpty() ? declared : oneToOne ? Naming.lowerCamel(source.name) : Naming.lowerCamel(source.name) + "Set";
            Kind kind = oneToOne ? Kind.REVERSE_ONE : Kind.REVERSE;
            target.members.putIfAbsent(queryName, new Member(queryName, kind, null, source.type.asType(), source.type));
            target.accessors.putIfAbsent(accessor, new Member(accessor, kind, null, source.type.asType(), source.type));
        }
    }

    private List<VariableElement> allFields(TypeElement t) {
        List<VariableElement> all = new java.util.ArrayList<>();
        for (TypeElement c = t; c != null && !c.getQualifiedName().contentEquals(MODEL);
             c = (TypeElement) types.asElement(c.getSuperclass())) {
            all.addAll(ElementFilter.fieldsIn(c.getEnclosedElements()));
        }
        return all;
    }

    private static AnnotationMirror relationAnnotation(VariableElement f) {
        for (AnnotationMirror a : f.getAnnotationMirrors()) {
            String type = ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
            if (type.equals(FIELDS + "ForeignKey") || type.equals(FIELDS + "OneToOneField") || type.equals(FIELDS + "ManyToManyField")) {
                return a;
            }
        }
        return null;
    }

    private static AnnotationMirror annotation(Element e, String type) {
        for (AnnotationMirror a : e.getAnnotationMirrors()) {
            if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(type)) {
                return a;
            }
        }
        return null;
    }

    private Object value(AnnotationMirror a, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : elements.getElementValuesWithDefaults(a).entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue().getValue();
            }
        }
        return null;
    }

    private String string(AnnotationMirror a, String name) {
        return value(a, name) instanceof String s ? s : "";
    }

    private boolean bool(AnnotationMirror a, String name) {
        return value(a, name) instanceof Boolean b && b;
    }
}
