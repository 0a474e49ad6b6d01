/**
 * The one mechanism behind every loadable property: `load()` queues a read; at `sync()` the read takes a
 * snapshot of the model at that point of the batch; the snapshot becomes readable only when the whole sync
 * succeeds; reading anything else throws `PropertyNotLoaded`. Setters only queue writes: unlike office-js,
 * which echoes a value you just set, the fake makes you load it back, so a missing load shows up in tests.
 */
import { FakeErrorCodes, FakeOfficeError, itemNotFound, notImplemented } from "./errors";
import type { FakeRequestContext } from "./request-context";

/** Parsed `load()` argument: property names, and paths into navigation properties ("items/name"). */
export interface LoadTree {
  readonly props: Set<string>;
  readonly children: Map<string, LoadTree>;
}

export const emptyLoadTree = (): LoadTree => ({ props: new Set(), children: new Map() });

function addPath(tree: LoadTree, path: string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || head === "") return;
  if (rest.length === 0) {
    tree.props.add(head);
    return;
  }
  let child = tree.children.get(head);
  if (!child) {
    child = emptyLoadTree();
    tree.children.set(head, child);
  }
  addPath(child, rest);
}

/** Accepts what the fake supports: a comma list ("a, b, items/name") or an array of such strings. */
export function parseLoadSpec(spec: unknown, location: string): LoadTree {
  const tree = emptyLoadTree();
  if (spec === undefined || spec === null) return tree;
  const parts: string[] = [];
  if (typeof spec === "string") parts.push(...spec.split(","));
  else if (Array.isArray(spec) && spec.every((s): s is string => typeof s === "string")) {
    for (const s of spec) parts.push(...s.split(","));
  } else {
    throw notImplemented("load() with an options object; pass a comma list or an array of property names.", location);
  }
  for (const part of parts) addPath(tree, part.trim().split("/").map((p) => p.trim()));
  return tree;
}

export interface Loadable {
  applyLoad(tree: LoadTree, commits: Array<() => void>): void;
}

/** For each loadable property, how to read it from the resolved model object. */
export type Readers<M, S> = { readonly [K in keyof S]: (model: M) => S[K] };

/** Finds the model object behind a proxy; null means "null object" (only for *OrNullObject proxies). */
export type Resolver<M> = () => M | null;

export interface ProxyOptions {
  /** The proxy came from an *OrNullObject method: `isNullObject` is loaded automatically. */
  readonly orNull?: boolean;
  /** ExcelApi version every operation on this object needs. */
  readonly minApi?: string;
}

export function propertyNotLoaded(typeName: string, property: string, isNull: boolean): FakeOfficeError {
  const why = isNull
    ? ` The object is a null object (isNullObject is true): it has no properties to read.`
    : ` Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;
  return new FakeOfficeError(
    FakeErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available.${why}`,
    `${typeName}.${property}`,
  );
}

export abstract class FakeClientObject<M, S extends object> implements Loadable {
  readonly context: FakeRequestContext;
  protected abstract readonly typeName: string;
  protected abstract readonly readers: Readers<M, S>;
  /** Properties that need a newer requirement set than the object itself. */
  protected readonly propertyMinApi: Partial<Record<keyof S, string>> = {};
  protected readonly minApi: string | null;
  private readonly resolver: Resolver<M>;
  private memo: { readonly sync: number; readonly model: M | null } | null = null;
  private snapshot: Partial<S> = {};
  private nullState: boolean | undefined;

  constructor(context: FakeRequestContext, resolver: Resolver<M>, options: ProxyOptions = {}) {
    this.context = context;
    this.resolver = resolver;
    this.minApi = options.minApi ?? null;
    if (options.orNull) {
      context.enqueue({
        location: "ClientObject.isNullObject",
        mutates: false,
        minApi: this.minApi,
        apply: (commits) => {
          const isNull = this.resolveModel() === null;
          commits.push(() => {
            this.nullState = isNull;
          });
        },
      });
    }
  }

  /** True after a sync when the item the proxy stands for does not exist. Auto-loaded for *OrNullObject. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, "isNullObject", false);
    return this.nullState;
  }

  load(propertyNames?: string | string[]): this {
    const location = `${this.typeName}.load`;
    const tree = parseLoadSpec(propertyNames, location);
    this.context.enqueue({ location, mutates: false, minApi: this.minApi, apply: (commits) => this.applyLoad(tree, commits) });
    return this;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  /** The loaded snapshot, as office-js's toJSON gives it. */
  toJSON(): Partial<S> {
    return { ...this.snapshot };
  }

  applyLoad(tree: LoadTree, commits: Array<() => void>): void {
    const model = this.resolveModel();
    const values: Partial<S> = {};
    if (model !== null) {
      const loadAll = tree.props.size === 0 && tree.children.size === 0;
      const names = loadAll ? this.allReadableNames() : [...tree.props];
      for (const name of names) {
        const navigation = loadAll ? undefined : this.navigation(name);
        if (navigation) {
          navigation.applyLoad(emptyLoadTree(), commits);
          continue;
        }
        if (!this.isReader(name)) {
          throw notImplemented(`the property '${name}' of ${this.typeName} (or it does not exist in office-js).`, `${this.typeName}.load`);
        }
        const minApi = this.propertyMinApi[name];
        if (minApi !== undefined) this.context.model.requireApi(minApi, `${this.typeName}.${name}`);
        this.copyInto(values, name, model);
      }
      for (const [name, subtree] of tree.children) {
        const navigation = this.navigation(name);
        if (!navigation) throw notImplemented(`the navigation property '${name}' of ${this.typeName}.`, `${this.typeName}.load`);
        navigation.applyLoad(subtree, commits);
      }
    }
    commits.push(() => {
      this.nullState = model === null;
      Object.assign(this.snapshot, values);
    });
  }

  /** Child objects reachable by a load path such as "worksheet/name". */
  protected navigation(_name: string): Loadable | undefined {
    return undefined;
  }

  /** Reads a property loaded by an earlier, successful sync; throws PropertyNotLoaded otherwise. */
  protected loaded<K extends keyof S & string>(name: K): S[K] {
    const value = this.snapshot[name];
    if (value === undefined) throw propertyNotLoaded(this.typeName, name, this.nullState === true);
    return value as S[K];
  }

  /** The model object for an operation being applied; a null object fails the operation. */
  protected model(location: string): M {
    const model = this.resolveModel();
    if (model === null) throw itemNotFound(`The ${this.typeName} is a null object (the item does not exist).`, location);
    return model;
  }

  protected resolveModel(): M | null {
    const sync = this.context.currentSync;
    if (this.memo && this.memo.sync === sync && sync !== 0) return this.memo.model;
    const model = this.resolver();
    this.memo = { sync, model };
    return model;
  }

  /** Queues a change; `apply` runs at sync with the resolved model. */
  protected queueWrite(location: string, apply: (model: M) => void, minApi?: string): void {
    this.context.enqueue({
      location,
      mutates: true,
      minApi: minApi ?? this.minApi,
      apply: () => apply(this.model(location)),
    });
  }

  /** Queues a method that returns a value (ClientResult) or only reads. */
  protected queueRead(location: string, apply: (model: M, commits: Array<() => void>) => void, minApi?: string): void {
    this.context.enqueue({
      location,
      mutates: false,
      minApi: minApi ?? this.minApi,
      apply: (commits) => apply(this.model(location), commits),
    });
  }

  private isReader(name: string): name is keyof S & string {
    return Object.prototype.hasOwnProperty.call(this.readers, name);
  }

  private allReadableNames(): string[] {
    return Object.keys(this.readers).filter((name) => {
      if (!this.isReader(name)) return false;
      const minApi = this.propertyMinApi[name];
      return minApi === undefined || this.context.model.supports(minApi);
    });
  }

  private copyInto<K extends keyof S>(values: Partial<S>, name: K, model: M): void {
    values[name] = this.readers[name](model);
    this.context.noteResponse(values[name]);
  }
}

/** A collection: `items` is loaded by "items/..." paths (or by plain item property names, as office-js allows). */
export abstract class FakeCollection<M, S extends object, Item extends Loadable> extends FakeClientObject<readonly M[], S> {
  private loadedItems: Item[] | undefined;

  get items(): Item[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded(this.typeName, "items", false);
    return [...this.loadedItems];
  }

  /** A proxy bound to one existing item. */
  protected abstract itemProxy(model: M): Item;

  override applyLoad(tree: LoadTree, commits: Array<() => void>): void {
    const own = emptyLoadTree();
    const itemTree = tree.children.get("items") ?? emptyLoadTree();
    let wantItems = tree.children.has("items") || (tree.props.size === 0 && tree.children.size === 0);
    for (const name of tree.props) {
      if (name === "items") wantItems = true;
      else if (Object.prototype.hasOwnProperty.call(this.readers, name)) own.props.add(name);
      else {
        itemTree.props.add(name);
        wantItems = true;
      }
    }
    for (const [name, subtree] of tree.children) {
      if (name === "items") continue;
      itemTree.children.set(name, subtree);
      wantItems = true;
    }
    if (own.props.size > 0) super.applyLoad(own, commits);
    if (!wantItems) return;
    const models = this.model(`${this.typeName}.load`);
    const items = models.map((m) => this.itemProxy(m));
    for (const item of items) item.applyLoad(itemTree, commits);
    commits.push(() => {
      this.loadedItems = items;
    });
  }
}

/**
 * A resolver for named things (sheets, tables, names...): found by name the first time, then followed by
 * id, as office-js does once it knows an object's id, so a renamed object stays reachable. When missing,
 * `missing` gives the error to throw, or null for an *OrNullObject proxy.
 */
export function bindById<M extends { readonly id: string }>(
  initial: () => M | undefined,
  byId: (id: string) => M | undefined,
  missing: (() => FakeOfficeError) | null,
): Resolver<M> {
  let boundId: string | null = null;
  return () => {
    const found = boundId !== null ? byId(boundId) : initial();
    if (found) {
      boundId = found.id;
      return found;
    }
    if (missing) throw missing();
    return null;
  };
}

/** office-js's ClientResult: `value` is readable once the sync that computed it has succeeded. */
export class FakeClientResult<T> {
  private state: { readonly value: T } | undefined;

  constructor(private readonly location: string) {}

  get value(): T {
    if (this.state === undefined) {
      throw new FakeOfficeError(
        FakeErrorCodes.valueNotLoaded,
        `The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.`,
        this.location,
      );
    }
    return this.state.value;
  }

  settle(value: T): void {
    this.state = { value };
  }
}
