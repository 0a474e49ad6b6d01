// Lint rules for load/sync mistakes with office-js, kept here instead of eslint-plugin-office-addins
// (which brings its own TypeScript, typescript-eslint, Prettier and React rules, about 50 MB, for
// eight small rules). They keep that plugin's rule names, so a message reads the same. The rules
// that need to follow loads through the code (a property read that was never loaded, a load
// without a sync after it, a null test instead of isNullObject) are left to the tests: the strict
// office-js fake in test/office-fake throws PropertyNotLoaded and gives null objects as Excel does,
// on every path the tests drive (docs/decisions.md, 2026-12-02).

const LOOPS = new Set(["ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement"]);
const FUNCTIONS = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

/** `context.sync()` or `something.context.sync()`. */
function isContextSync(node) {
  if (node.type !== "CallExpression" || node.callee.type !== "MemberExpression") return false;
  const { object, property } = node.callee;
  if (property.type !== "Identifier" || property.name !== "sync") return false;
  if (object.type === "Identifier") return object.name === "context";
  return object.type === "MemberExpression" && object.property.type === "Identifier" && object.property.name === "context";
}

/** A call that hands back an office-js proxy whose properties are not loaded yet: getRange(), getItemOrNullObject()... */
function isProxyCall(node) {
  if (node?.type === "AwaitExpression") return false;
  if (node?.type !== "CallExpression" || node.callee.type !== "MemberExpression" || node.callee.property.type !== "Identifier") return false;
  const name = node.callee.property.name;
  return /^get[A-Z]/.test(name) || name.endsWith("OrNullObject");
}

/** Where `identifier` is the object of a member expression: is the member read (not called, loaded or assigned)? */
function isPropertyRead(identifier) {
  const member = identifier.parent;
  if (member?.type !== "MemberExpression" || member.object !== identifier) return false;
  let top = member;
  while (top.parent?.type === "MemberExpression" && top.parent.object === top) top = top.parent;
  if (top.parent?.type === "CallExpression" && top.parent.callee === top) return false; // a method call, load() included
  if (top.parent?.type === "AssignmentExpression" && top.parent.left === top) return false; // a write
  return true;
}

const callSyncBeforeRead = {
  meta: {
    type: "problem",
    docs: { description: "Read a property of an office-js object only after a context.sync() that follows getting it." },
    messages: { callSync: "Call context.sync() before reading '{{name}}': its properties are not loaded yet." },
    schema: [],
  },
  create(context) {
    const events = [];
    return {
      CallExpression(node) {
        if (isContextSync(node)) events.push({ at: node.range[0], kind: "sync" });
      },
      "Program:exit"(program) {
        const visit = (scope) => {
          for (const variable of scope.variables) {
            for (const reference of variable.references) {
              if (reference.isWrite() && isProxyCall(reference.writeExpr)) {
                events.push({ at: reference.identifier.range[0], kind: "get", variable });
              } else if (reference.isRead() && isPropertyRead(reference.identifier)) {
                events.push({ at: reference.identifier.range[0], kind: "read", variable, node: reference.identifier });
              }
            }
          }
          scope.childScopes.forEach(visit);
        };
        visit(context.sourceCode.getScope(program));
        events.sort((a, b) => a.at - b.at);
        const unsynced = new Set();
        for (const event of events) {
          if (event.kind === "sync") unsynced.clear();
          else if (event.kind === "get") unsynced.add(event.variable);
          else if (unsynced.has(event.variable)) context.report({ node: event.node, messageId: "callSync", data: { name: event.node.name } });
        }
      },
    };
  },
};

const noContextSyncInLoop = {
  meta: {
    type: "problem",
    docs: { description: "No context.sync() inside a loop: one round trip per item makes a big workbook slow." },
    messages: { inLoop: "context.sync() inside a loop costs a round trip to Excel per item; queue the work and sync once after the loop." },
    schema: [],
  },
  create(context) {
    return {
      CallExpression(node) {
        if (!isContextSync(node)) return;
        for (let parent = node.parent; parent; parent = parent.parent) {
          if (FUNCTIONS.has(parent.type)) return;
          if (LOOPS.has(parent.type)) {
            context.report({ node, messageId: "inLoop" });
            return;
          }
        }
      },
    };
  },
};

const noEmptyLoad = {
  meta: {
    type: "problem",
    docs: { description: "Say which properties to load: load() with nothing loads every scalar property." },
    messages: { emptyLoad: "load() without property names loads them all; name the properties you read." },
    schema: [],
  },
  create(context) {
    return {
      CallExpression(node) {
        const { callee } = node;
        if (callee.type !== "MemberExpression" || callee.property.type !== "Identifier" || callee.property.name !== "load") return;
        const [first] = node.arguments;
        const empty =
          first === undefined ||
          (first.type === "Literal" && first.value === "") ||
          (first.type === "ArrayExpression" && first.elements.length === 0) ||
          (first.type === "ObjectExpression" && first.properties.length === 0);
        if (empty) context.report({ node, messageId: "emptyLoad" });
      },
    };
  },
};

const noOfficeInitialize = {
  meta: {
    type: "problem",
    docs: { description: "Use Office.onReady() rather than assigning Office.initialize." },
    messages: { initialize: "Use Office.onReady() instead of assigning Office.initialize." },
    schema: [],
  },
  create(context) {
    return {
      AssignmentExpression(node) {
        const { left } = node;
        if (left.type === "MemberExpression" && left.object.type === "Identifier" && left.object.name === "Office" && left.property.type === "Identifier" && left.property.name === "initialize") {
          context.report({ node, messageId: "initialize" });
        }
      },
    };
  },
};

export default {
  meta: { name: "office-js-local-rules" },
  rules: {
    "call-sync-before-read": callSyncBeforeRead,
    "no-context-sync-in-loop": noContextSyncInLoop,
    "no-empty-load": noEmptyLoad,
    "no-office-initialize": noOfficeInitialize,
  },
};
