/** `workbook.settings` (ExcelApi 1.4): JSON values stored with the document, committed by `sync()`. */
import { invalidArgument, itemNotFound } from "./errors";
import { FakeClientObject, FakeClientResult, FakeCollection, bindById, type Readers, type Resolver } from "./proxy-loading";
import type { FakeRequestContext } from "./request-context";
import type { JsonValue, SettingModel, WorkbookModel } from "./workbook-model";

const SETTINGS_API = "1.4";

/** Settings are stored as JSON: what JSON cannot carry is refused rather than silently changed. */
export function toJsonValue(value: unknown, location: string): JsonValue {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw invalidArgument(`The setting value cannot be stored as JSON: ${String(error)}`, location);
  }
  if (text === undefined) throw invalidArgument("The setting value cannot be stored as JSON (undefined or a function).", location);
  const parsed: JsonValue = JSON.parse(text) as JsonValue;
  return parsed;
}

export function putSetting(model: WorkbookModel, key: unknown, value: unknown, location: string): SettingModel {
  if (typeof key !== "string" || key === "") throw invalidArgument("A setting key must be a non-empty string.", location);
  const json = toJsonValue(value, location);
  const existing = model.settings.find((s) => s.key === key);
  if (existing) {
    existing.value = json;
    return existing;
  }
  const setting: SettingModel = { id: model.newId("setting"), key, value: json };
  model.settings.push(setting);
  return setting;
}

interface SettingSnapshot {
  key: string;
  value: JsonValue;
}

const settingReaders: Readers<SettingModel, SettingSnapshot> = {
  key: (s) => s.key,
  value: (s) => structuredClone(s.value),
};

export class FakeSetting extends FakeClientObject<SettingModel, SettingSnapshot> {
  protected readonly typeName = "Setting";
  protected readonly readers = settingReaders;

  constructor(context: FakeRequestContext, resolver: Resolver<SettingModel>, orNull = false) {
    super(context, resolver, { minApi: SETTINGS_API, orNull });
  }

  get key(): string {
    return this.loaded("key");
  }
  get value(): JsonValue {
    return this.loaded("value");
  }
  set value(value: unknown) {
    const location = "Setting.value";
    this.queueWrite(location, (setting) => {
      setting.value = toJsonValue(value, location);
      this.context.model.record({ kind: "settings.value", key: setting.key });
    });
  }

  delete(): void {
    this.queueWrite("Setting.delete", (setting) => {
      const model = this.context.model;
      const index = model.settings.indexOf(setting);
      if (index >= 0) model.settings.splice(index, 1);
      model.record({ kind: "settings.delete", key: setting.key });
    });
  }
}

export class FakeSettingCollection extends FakeCollection<SettingModel, Record<string, never>, FakeSetting> {
  protected readonly typeName = "SettingCollection";
  protected readonly readers: Readers<readonly SettingModel[], Record<string, never>> = {};

  constructor(context: FakeRequestContext) {
    super(context, () => context.model.settings, { minApi: SETTINGS_API });
  }

  private proxyFor(initial: () => SettingModel | undefined, location: string, orNull: boolean): FakeSetting {
    const model = this.context.model;
    return new FakeSetting(
      this.context,
      bindById(initial, (id) => model.settings.find((s) => s.id === id), orNull ? null : () => itemNotFound("The setting does not exist.", location)),
      orNull,
    );
  }

  protected itemProxy(setting: SettingModel): FakeSetting {
    return this.proxyFor(() => this.context.model.settings.find((s) => s.id === setting.id), "Setting", false);
  }

  /** Adds the setting, or replaces the value of an existing one. */
  add(key: string, value: unknown): FakeSetting {
    const location = "SettingCollection.add";
    let createdId: string | null = null;
    const proxy = this.proxyFor(
      () => (createdId !== null ? this.context.model.settings.find((s) => s.id === createdId) : undefined),
      location,
      false,
    );
    this.context.enqueue({
      location,
      mutates: true,
      minApi: SETTINGS_API,
      apply: () => {
        const setting = putSetting(this.context.model, key, value, location);
        createdId = setting.id;
        this.context.model.record({ kind: "settings.add", key });
      },
    });
    return proxy;
  }

  getItem(key: string): FakeSetting {
    return this.proxyFor(() => this.context.model.settings.find((s) => s.key === key), "SettingCollection.getItem", false);
  }

  getItemOrNullObject(key: string): FakeSetting {
    return this.proxyFor(() => this.context.model.settings.find((s) => s.key === key), "SettingCollection.getItemOrNullObject", true);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>("SettingCollection.getCount");
    this.queueRead("SettingCollection.getCount", (list, commits) => {
      const count = list.length;
      commits.push(() => result.settle(count));
    });
    return result;
  }
}
