import { describe, expect, it } from 'vitest';
import { extractPython, lines } from './python-sources.js';

describe('python traps: dicts with "type" that are not socket events', () => {
  it('ignores JSON schemas, LLM payloads, HTTP clients, loggers, queues and unsent dicts', async () => {
    const result = await extractPython({
      'app/traps.py': lines(
        'import httpx, requests, logging',
        'logger = logging.getLogger(__name__)',
        '',
        'def schema():',
        '    return {"type": "object", "properties": {"id": {"type": "string"}}}',
        '',
        'async def describe(client, image, queue):',
        '    payload = {"type": "image_url", "image_url": {"url": image}}',
        '    await client.post("https://api", json={"messages": [payload]})',
        '    httpx.post("https://api", json={"type": "image_url"})',
        '    requests.post("https://api", json={"type": "requests_only"})',
        '    logger.info({"type": "log_only"})',
        '    await queue.put({"type": "queued_only"})',
        '    unsent = {"type": "never_sent"}',
      ),
    });
    expect(result).toEqual({ sites: [], skipped: [] });
  });

  it('does not treat type checks on parsed HTTP streams as socket handlers', async () => {
    const { sites } = await extractPython({
      'app/llm.py': lines(
        'import json',
        '',
        'def parse_stream(response):',
        '    for line in response.iter_lines():',
        '        chunk = json.loads(line)',
        '        if chunk.get("type") == "content_block_delta":',
        '            yield chunk',
      ),
    });
    expect(sites).toEqual([]);
  });
});
