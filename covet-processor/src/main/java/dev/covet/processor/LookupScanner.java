package dev.covet.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import dev.covet.processor.LookupPaths.Use;

import java.util.List;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Finds the lookup strings written as literals in calls on a model's manager ({@code Book.objects.filter("autor__name", x)},
 * and the {@code Q.of}/{@code F.of} passed to them) and reports the ones that cannot resolve. The model is
 * known only when the call chain starts at a {@code Manager<M>} and passes no call that may add names
 * (annotate, alias, values...); any other receiver is skipped. Not thread-safe: one per compilation unit.
 */
final class LookupScanner extends TreePathScanner<Void, Void> {
    /** Calls that keep the model's names as they are, so a chain through them still knows its model. */
    private static final Set<String> KEEP_NAMES = Set.of("all", "filter", "exclude", "orderBy", "distinct", "using",
            "selectRelated", "prefetchRelated", "only", "defer", "limit", "offset", "slice", "none", "strict",
            "selectForUpdate", "reverse");
    private static final String MANAGER = "dev.covet.orm.Manager";
    private static final String Q = "dev.covet.orm.Q";
    private static final String F = "dev.covet.orm.F";
    private static final String EXPRESSION = "dev.covet.orm.query.Expression";

    private final Trees trees;
    private final ModelRegistry models;
    private final LookupPaths paths;
    private final Diagnostic.Kind kind;
    private final CompilationUnitTree unit;

    LookupScanner(Trees trees, ModelRegistry models, LookupPaths paths, Diagnostic.Kind kind, CompilationUnitTree unit) {
        this.trees = trees;
        this.models = models;
        this.paths = paths;
        this.kind = kind;
        this.unit = unit;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (node.getMethodSelect() instanceof MemberSelectTree select) {
            Use use = switch (select.getIdentifier().toString()) {
                case "filter", "exclude", "get" -> Use.FILTER;
                case "orderBy" -> Use.ORDER;
                case "values", "valuesList", "only", "defer" -> Use.FIELD;
                case "selectRelated" -> Use.SELECT_RELATED;
                case "prefetchRelated" -> Use.PREFETCH;
                default -> null;
            };
            ModelShape model = use == null ? null : receiverModel(select.getExpression());
            if (model != null) {
                checkArguments(model, use, node.getArguments());
            }
        }
        return super.visitMethodInvocation(node, unused);
    }

    private void checkArguments(ModelShape model, Use use, List<? extends ExpressionTree> args) {
        if (use != Use.FILTER) {
            args.forEach(a -> checkLiteral(model, a, use));
            return;
        }
        if (args.size() == 2 && literal(args.getFirst()) != null) {
            checkLiteral(model, args.getFirst(), Use.FILTER);
            expressions(model, args.get(1));
            return;
        }
        args.forEach(a -> conditions(model, a));
    }

    /** A Q built in place: Q.of("lookup", value, ...), and/or/not of such. */
    private void conditions(ModelShape model, ExpressionTree tree) {
        ExpressionTree e = unwrap(tree);
        if (!(e instanceof MethodInvocationTree call) || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
            return;
        }
        String owner = owner(call);
        String name = select.getIdentifier().toString();
        if (Q.equals(owner) && name.equals("of")) {
            List<? extends ExpressionTree> args = call.getArguments();
            for (int i = 0; i < args.size(); i++) {
                if (i % 2 == 0 && literal(args.get(i)) != null) {
                    checkLiteral(model, args.get(i), Use.FILTER);
                } else {
                    expressions(model, args.get(i));
                }
            }
        } else if (Q.equals(owner) && (name.equals("and") || name.equals("or") || name.equals("not"))) {
            conditions(model, select.getExpression());
            List<? extends ExpressionTree> args = call.getArguments();
            if (args.size() == 2 && literal(args.getFirst()) != null) {
                checkLiteral(model, args.getFirst(), Use.FILTER);
                expressions(model, args.get(1));
            } else {
                args.forEach(a -> conditions(model, a));
            }
        }
    }

    /** F.of("field") given as a value, and arithmetic on it; nothing else (a nested query has a model of its own). */
    private void expressions(ModelShape model, ExpressionTree tree) {
        ExpressionTree e = unwrap(tree);
        if (!(e instanceof MethodInvocationTree call) || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
            return;
        }
        String owner = owner(call);
        if (F.equals(owner) && select.getIdentifier().contentEquals("of") && call.getArguments().size() == 1) {
            checkLiteral(model, call.getArguments().getFirst(), Use.FIELD);
        } else if (F.equals(owner) || EXPRESSION.equals(owner)) {
            expressions(model, select.getExpression());
            call.getArguments().forEach(a -> expressions(model, a));
        }
    }

    private void checkLiteral(ModelShape model, ExpressionTree arg, Use use) {
        String path = literal(arg);
        if (path == null) {
            return;
        }
        String problem = paths.check(model, path, use);
        if (problem != null) {
            trees.printMessage(kind, problem, arg, unit);
        }
    }

    /** The model of a chain that starts at a {@code Manager<M>} and keeps M's names; null when it cannot be told. */
    private ModelShape receiverModel(ExpressionTree receiver) {
        ExpressionTree e = unwrap(receiver);
        while (e instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select
                && KEEP_NAMES.contains(select.getIdentifier().toString())) {
            e = unwrap(select.getExpression());
        }
        TreePath path = TreePath.getPath(getCurrentPath(), e);
        TypeMirror type = path == null ? null : trees.getTypeMirror(path);
        if (!(type instanceof DeclaredType declared) || declared.getTypeArguments().size() != 1
                || !((TypeElement) declared.asElement()).getQualifiedName().contentEquals(MANAGER)
                || !(declared.getTypeArguments().getFirst() instanceof DeclaredType model)) {
            return null;
        }
        return models.shape((TypeElement) model.asElement());
    }

    private String owner(MethodInvocationTree call) {
        TreePath path = TreePath.getPath(getCurrentPath(), call);
        Element method = path == null ? null : trees.getElement(path);
        return method != null && method.getEnclosingElement() instanceof TypeElement t ? t.getQualifiedName().toString() : null;
    }

    private static String literal(ExpressionTree tree) {
        return unwrap(tree) instanceof LiteralTree lit && lit.getKind() == Tree.Kind.STRING_LITERAL ? (String) lit.getValue() : null;
    }

    private static ExpressionTree unwrap(ExpressionTree tree) {
        ExpressionTree e = tree;
        while (e instanceof ParenthesizedTree p) {
            e = p.getExpression();
        }
        return e;
    }
}
