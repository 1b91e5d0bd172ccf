import { describe, expect, it } from 'vitest';
import type { Site } from '../../../src/model/site.js';
import { extractPython, lines } from './python-sources.js';

/** Name, place and payload keys of each send site (`keys` absent when they are unknown). */
function sendKeys(sites: readonly Site[]): Array<Record<string, unknown>> {
  return sites
    .filter((site) => site.kind === 'send')
    .map((site) => ({
      name: site.name,
      line: site.line,
      column: site.column,
      ...(site.payloadKeys === undefined ? {} : { keys: site.payloadKeys }),
    }));
}

const models = lines(
  'from typing import ClassVar, Generic, TypeVar',
  'from pydantic import BaseModel, ConfigDict, Field, computed_field',
  '',
  'T = TypeVar("T")',
  '',
  'class Stamped(BaseModel):',
  '    timestamp: float',
  '',
  'class Stats(BaseModel):',
  '    rows: int',
  '',
  'class Progress(Stamped):',
  '    pct: int',
  '    stage: str = "start"',
  '    job_id: str = Field(alias="jobId")',
  '    stats: Stats',
  '    _cache: dict = {}',
  '    VERSION: ClassVar[int] = 1',
  '    model_config = ConfigDict(frozen=True)',
  '',
  '    @computed_field',
  '    @property',
  '    def done(self) -> bool:',
  '        return self.pct == 100',
  '',
  'class Page(BaseModel, Generic[T]):',
  '    items: list',
  '',
  'class Camel(BaseModel):',
  '    model_config = {"alias_generator": str.upper}',
  '    user_name: str',
);

describe('python payload keys', () => {
  it('adds the keys of a dict nested one level deep as parent.child, literal or held by a variable', async () => {
    const { sites } = await extractPython({
      'app/main.py': lines(
        'async def push(ws, pipeline, extra):',
        '    details = {"stage": pipeline.stage}',
        '    details["eta"] = 3',
        '    await ws.send_json({',
        '        "type": "pipeline_status",',
        '        "data": {"pipeline_id": pipeline.id, "meta": {"deep": 1}},',
        '        "details": details,',
        '        "extra": extra,',
        '        "empty": {},',
        '    })',
      ),
    });
    expect(sendKeys(sites)).toEqual([
      {
        name: 'pipeline_status',
        line: 5,
        column: 17,
        keys: ['data', 'data.meta', 'data.pipeline_id', 'details', 'details.eta', 'details.stage', 'empty', 'extra'],
      },
    ]);
  });

  it('lists no child keys for a nested value a parameter may fill, nor below the first level', async () => {
    const { sites } = await extractPython({
      'app/notify.py': lines(
        'import socketio',
        '',
        'sio = socketio.AsyncServer()',
        '',
        'async def notify(payload):',
        '    await sio.emit("job_update", {"job": {**payload, "seen": True}, "level": {"a": {"b": 1}}})',
      ),
    });
    expect(sendKeys(sites)).toEqual([{ name: 'job_update', line: 6, column: 20, keys: ['job', 'level', 'level.a'] }]);
  });

  it('gives an emit without data no keys, and one whose data cannot be seen unknown keys', async () => {
    const { sites } = await extractPython({
      'app/app.py': lines(
        'import socketio',
        '',
        'sio = socketio.AsyncServer()',
        '',
        'async def tick(options, build):',
        '    await sio.emit("ping")',
        '    await sio.emit("spread", **options)',
        '    await sio.emit("built", build())',
      ),
    });
    expect(sendKeys(sites)).toEqual([
      { name: 'ping', line: 6, column: 20, keys: [] },
      { name: 'spread', line: 7, column: 20 },
      { name: 'built', line: 8, column: 20 },
    ]);
  });

  it('takes the fields of a scanned Pydantic model dumped as the payload, inherited and computed ones too', async () => {
    const { sites } = await extractPython({
      'app/schemas.py': models,
      'app/main.py': lines(
        'import json',
        'import socketio',
        'from app.schemas import Page, Progress',
        '',
        'sio = socketio.AsyncServer()',
        '',
        'async def push(ws, progress: Progress):',
        '    await sio.emit("progress", Progress(pct=1, stage="a").model_dump())',
        '    await ws.send_json({"type": "progress", "data": progress.dict()})',
        '    await ws.send_text(json.dumps({"type": "page", "data": Page.model_validate({}).model_dump()}))',
        '    snapshot = progress.model_copy()',
        '    await sio.emit("snapshot", json.loads(snapshot.model_dump_json(include={"pct", "stats"})))',
      ),
    });
    expect(sendKeys(sites)).toEqual([
      {
        name: 'progress',
        line: 8,
        column: 20,
        keys: ['done', 'job_id', 'pct', 'stage', 'stats', 'stats.rows', 'timestamp'],
      },
      {
        name: 'progress',
        line: 9,
        column: 33,
        keys: ['data', 'data.done', 'data.job_id', 'data.pct', 'data.stage', 'data.stats', 'data.timestamp'],
      },
      { name: 'page', line: 10, column: 44, keys: ['data', 'data.items'] },
      { name: 'snapshot', line: 12, column: 20, keys: ['pct', 'stats', 'stats.rows'] },
    ]);
  });

  it('uses aliases with by_alias=True, drops excluded fields, and knows nothing it cannot see', async () => {
    const { sites } = await extractPython({
      'app/schemas.py': models,
      'app/main.py': lines(
        'import socketio',
        'from some_lib import ExternalBase',
        'from app.schemas import Camel, Progress',
        '',
        'sio = socketio.AsyncServer()',
        '',
        'class Mixed(ExternalBase, Progress):',
        '    extra: int',
        '',
        'async def push(progress: Progress, mixed: Mixed, camel: Camel, fields, other):',
        '    await sio.emit("aliased", progress.model_dump(by_alias=True, exclude={"stats", "done"}))',
        '    await sio.emit("camel", camel.model_dump())',
        '    await sio.emit("camel_alias", camel.model_dump(by_alias=True))',
        '    await sio.emit("mixed", mixed.model_dump())',
        '    await sio.emit("chosen", progress.model_dump(include=fields))',
        '    await sio.emit("other", other.model_dump())',
      ),
    });
    expect(sendKeys(sites)).toEqual([
      { name: 'aliased', line: 11, column: 20, keys: ['jobId', 'pct', 'stage', 'timestamp'] },
      { name: 'camel', line: 12, column: 20, keys: ['user_name'] },
      { name: 'camel_alias', line: 13, column: 20 },
      { name: 'mixed', line: 14, column: 20 },
      { name: 'chosen', line: 15, column: 20 },
      { name: 'other', line: 16, column: 20 },
    ]);
  });
});
