//! Puts [`sandbox`](super::sandbox)'s charges into parsed templates: a step at
//! the top of every loop body, macro body and template, a leave at the end of
//! the last two, and a size charge after every printed value and `set`. Also
//! measures how deep an expression nests, which the parser does not bound.
//!
//! Instrumenting is idempotent (earlier charges are taken out and put back), so
//! every template can be instrumented again after each one is added: tera
//! rebuilds its block definitions then.

use std::collections::HashMap;

use tera::ast::{Expr, ExprVal, FunctionCall, Node, WS};
use tera::Template;

use super::sandbox::{LEAVE, SIZE, STEP};

/// Instruments every body of `template` that tera renders.
pub fn instrument(template: &mut Template) {
    body(&mut template.ast, true);
    for m in template.macros.values_mut() {
        body(&mut m.body, true);
    }
    for b in template.blocks.values_mut() {
        nodes(&mut b.body);
    }
    for definitions in template.blocks_definitions.values_mut() {
        for (_, b) in definitions.iter_mut() {
            nodes(&mut b.body);
        }
    }
}

fn call(name: &str, args: HashMap<String, Expr>) -> Node {
    Node::VariableBlock(
        WS::default(),
        Expr::new(ExprVal::FunctionCall(FunctionCall {
            name: name.to_string(),
            args,
        })),
    )
}

fn is_call(node: &Node, name: &str) -> bool {
    matches!(node, Node::VariableBlock(_, Expr { val: ExprVal::FunctionCall(f), .. }) if f.name == name)
}

/// A body that repeats (a loop) or nests (`enter`: a macro or a template).
fn body(nodes_: &mut Vec<Node>, enter: bool) {
    if nodes_.first().is_some_and(|n| is_call(n, STEP)) {
        nodes_.remove(0);
    }
    if nodes_.last().is_some_and(|n| is_call(n, LEAVE)) {
        nodes_.pop();
    }
    let text = nodes(nodes_);
    let mut args = HashMap::new();
    args.insert(
        "text".to_string(),
        Expr::new(ExprVal::Int(i64::try_from(text).unwrap_or(i64::MAX))),
    );
    args.insert("enter".to_string(), Expr::new(ExprVal::Bool(enter)));
    nodes_.insert(0, call(STEP, args));
    if enter {
        nodes_.push(call(LEAVE, HashMap::new()));
    }
}

/// Instruments the nodes of one body and returns the bytes of text written
/// directly in it (nested loops and macros charge their own).
fn nodes(list: &mut Vec<Node>) -> usize {
    let mut text = 0usize;
    let old = std::mem::take(list);
    for mut node in old {
        if is_call(&node, SIZE) {
            continue;
        }
        let mut sized = Vec::new();
        match &mut node {
            Node::Text(t) | Node::Raw(_, t, _) => text += t.len(),
            Node::VariableBlock(_, expr) if !expr.has_default_filter() => {
                idents(&expr.val, &mut sized);
            }
            Node::Set(_, set) => sized.push(set.key.clone()),
            Node::Forloop(_, f, _) => {
                body(&mut f.body, false);
                if let Some(empty) = &mut f.empty_body {
                    text += nodes(empty);
                }
            }
            Node::If(i, _) => {
                for (_, _, b) in &mut i.conditions {
                    text += nodes(b);
                }
                if let Some((_, b)) = &mut i.otherwise {
                    text += nodes(b);
                }
            }
            Node::FilterSection(_, f, _) => text += nodes(&mut f.body),
            Node::Block(_, b, _) => text += nodes(&mut b.body),
            Node::MacroDefinition(_, m, _) => body(&mut m.body, true),
            _ => {}
        }
        list.push(node);
        if !sized.is_empty() {
            let args = sized
                .into_iter()
                .enumerate()
                .map(|(i, name)| (format!("v{i}"), Expr::new(ExprVal::Ident(name))))
                .collect();
            list.push(call(SIZE, args));
        }
    }
    text
}

/// The variables a printed expression shows as they are.
fn idents(val: &ExprVal, out: &mut Vec<String>) {
    match val {
        ExprVal::Ident(name) => out.push(name.clone()),
        ExprVal::StringConcat(c) => {
            for v in &c.values {
                if let ExprVal::Ident(name) = v {
                    out.push(name.clone());
                }
            }
        }
        _ => {}
    }
}

/// The deepest an expression of `template` nests (operators chained, calls in
/// arguments, arrays in arrays), walked without recursion.
pub fn expression_depth(template: &Template) -> usize {
    let mut exprs: Vec<(&Expr, usize)> = Vec::new();
    let mut bodies: Vec<&Vec<Node>> = vec![&template.ast];
    bodies.extend(template.macros.values().map(|m| &m.body));
    for m in template.macros.values() {
        exprs.extend(m.args.values().flatten().map(|e| (e, 1)));
    }
    while let Some(list) = bodies.pop() {
        for node in list {
            match node {
                Node::VariableBlock(_, e) => exprs.push((e, 1)),
                Node::Set(_, s) => exprs.push((&s.value, 1)),
                Node::Forloop(_, f, _) => {
                    exprs.push((&f.container, 1));
                    bodies.push(&f.body);
                    bodies.extend(f.empty_body.as_ref());
                }
                Node::If(i, _) => {
                    for (_, e, b) in &i.conditions {
                        exprs.push((e, 1));
                        bodies.push(b);
                    }
                    bodies.extend(i.otherwise.as_ref().map(|(_, b)| b));
                }
                Node::FilterSection(_, f, _) => {
                    exprs.extend(f.filter.args.values().map(|e| (e, 1)));
                    bodies.push(&f.body);
                }
                Node::Block(_, b, _) => bodies.push(&b.body),
                Node::MacroDefinition(_, m, _) => bodies.push(&m.body),
                _ => {}
            }
        }
    }
    let mut deepest = 0;
    let mut vals: Vec<(&ExprVal, usize)> = Vec::new();
    loop {
        if let Some((e, d)) = exprs.pop() {
            deepest = deepest.max(d);
            vals.push((&e.val, d));
            for f in &e.filters {
                exprs.extend(f.args.values().map(|a| (a, d + 1)));
            }
            continue;
        }
        let Some((v, d)) = vals.pop() else { break };
        deepest = deepest.max(d);
        match v {
            ExprVal::Math(m) => exprs.extend([(&*m.lhs, d + 1), (&*m.rhs, d + 1)]),
            ExprVal::Logic(l) => exprs.extend([(&*l.lhs, d + 1), (&*l.rhs, d + 1)]),
            ExprVal::In(i) => exprs.extend([(&*i.lhs, d + 1), (&*i.rhs, d + 1)]),
            ExprVal::Test(t) => exprs.extend(t.args.iter().map(|a| (a, d + 1))),
            ExprVal::MacroCall(m) => exprs.extend(m.args.values().map(|a| (a, d + 1))),
            ExprVal::FunctionCall(f) => exprs.extend(f.args.values().map(|a| (a, d + 1))),
            ExprVal::Array(items) => exprs.extend(items.iter().map(|a| (a, d + 1))),
            ExprVal::StringConcat(c) => vals.extend(c.values.iter().map(|v| (v, d + 1))),
            _ => {}
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(source: &str) -> Template {
        Template::new("t.md", None, source).unwrap()
    }

    #[test]
    fn loops_macros_and_templates_are_charged_once_however_often_instrumented() {
        let mut t =
            parsed("a{% for x in xs %}bc{{ x }}{% endfor %}{% macro m() %}d{% endmacro m %}");
        instrument(&mut t);
        let once = t.ast.clone();
        instrument(&mut t);
        assert_eq!(t.ast, once);
        assert!(is_call(&t.ast[0], STEP));
        assert!(is_call(t.ast.last().unwrap(), LEAVE));
        let Node::Forloop(_, f, _) = &t.ast[2] else {
            panic!("{:?}", t.ast)
        };
        assert!(is_call(&f.body[0], STEP));
        let step = format!("{:?}", f.body[0]);
        assert!(step.contains("Int(2)"), "{step}");
        assert!(f.body.iter().any(|n| is_call(n, SIZE)));
        let m = &t.macros["m"];
        assert!(is_call(&m.body[0], STEP) && is_call(m.body.last().unwrap(), LEAVE));
    }

    #[test]
    fn a_default_filter_is_not_sized_so_an_undefined_value_still_renders() {
        let mut t = parsed("{{ missing | default(value='x') }}");
        instrument(&mut t);
        assert!(!t.ast.iter().any(|n| is_call(n, SIZE)));
    }

    #[test]
    fn expression_depth_follows_operators_calls_and_arrays() {
        assert_eq!(expression_depth(&parsed("{{ a }}")), 1);
        assert!(expression_depth(&parsed("{{ 1 + 2 + 3 + 4 }}")) >= 4);
        assert!(expression_depth(&parsed("{{ f(a=g(b=[1])) }}")) >= 3);
        let chain = format!("{{{{ {} }}}}", vec!["1"; 500].join(" + "));
        assert!(expression_depth(&parsed(&chain)) >= 500);
    }
}
