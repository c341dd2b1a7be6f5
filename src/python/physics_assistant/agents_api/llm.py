"""Optional language-model help (off unless LLM_BASE_URL and LLM_MODEL are set).

Only used when the deterministic parser cannot read a question: the model is asked to restate it
in plain sentences, which the parser then reads. The numbers must survive unchanged: a restatement
that introduces a number not in the original question is rejected, so the model can never put a
value into an answer. Any OpenAI-compatible endpoint (POST {LLM_BASE_URL}/chat/completions).
"""

from __future__ import annotations

import logging
import re

import httpx

log = logging.getLogger(__name__)

PROMPT = (
    "You restate physics questions for a strict parser. Rewrite the user's question as one or two "
    "short plain-English sentences: state every given quantity as a number followed by its unit "
    "(e.g. '2 kg', '3 m/s', '30 degrees'), keep every number exactly as written, add no numbers, "
    "and end with a question naming the quantity asked for (e.g. 'What is its acceleration?'). "
    "Reply with the restated question only."
)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def numbers_in(text: str) -> set[float]:
    return {float(n) for n in _NUMBER.findall(text.replace(",", ""))}


class Rephraser:
    def __init__(self, base_url: str, model: str, api_key: str | None, timeout_s: float = 8.0) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.model = model
        self._client = httpx.AsyncClient(base_url=base_url.rstrip("/"), timeout=timeout_s, headers=headers)

    async def rephrase(self, question: str) -> str | None:
        """A restated question, or None (model unreachable, odd reply, or numbers changed)."""
        payload = {
            "model": self.model,
            "temperature": 0,
            "max_tokens": 300,
            "messages": [{"role": "system", "content": PROMPT}, {"role": "user", "content": question}],
        }
        try:
            response = await self._client.post("/chat/completions", json=payload)
            response.raise_for_status()
            text = str(response.json()["choices"][0]["message"]["content"]).strip()
        except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError) as exc:
            log.warning("llm rephrase failed", extra={"error": f"{type(exc).__name__}: {exc}"[:300]})
            return None
        if not text or len(text) > 2000:
            return None
        invented = numbers_in(text) - numbers_in(question) - {0.0}
        if invented:
            log.warning("llm rephrase rejected: it introduced numbers", extra={"numbers": sorted(invented)[:10]})
            return None
        return text

    async def close(self) -> None:
        await self._client.aclose()
