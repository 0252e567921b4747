"""Laws of the corpus formats, over generated articles."""

from __future__ import annotations

import pickle
import tempfile
import warnings
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnus import corpus
from vnus.corpus import Article, Corpus, RelatedItem

paragraph = st.text(min_size=1).map(str.strip).filter(lambda p: bool(p) and "\n\n" not in p)
optional_text = st.none() | st.text()
related = st.builds(
    RelatedItem,
    title=st.text(),
    section=st.text(),
    published=st.none() | st.datetimes(datetime(1990, 1, 1), datetime(2040, 1, 1)),
    summary=optional_text,
    category=optional_text,
    image=optional_text,
)
articles = st.builds(
    Article,
    id=st.text(min_size=1),
    title=st.text(),
    paragraphs=st.lists(paragraph, max_size=4).map(tuple),
    source=optional_text,
    byline=optional_text,
    keywords=st.lists(st.text(), max_size=3).map(tuple),
    captions=st.lists(st.text(), max_size=3).map(tuple),
    related=st.lists(related, max_size=3).map(tuple),
    chrome=st.lists(st.text(), max_size=3).map(tuple),
    reference_date=st.none() | st.dates(),
    reference_evidence=st.lists(st.text(), max_size=3).map(tuple),
)


@given(st.lists(articles, max_size=4), st.sampled_from(["c.jsonl", "c.jsonl.gz"]))
def test_loading_what_was_written_gives_equal_articles(found: list[Article], name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        Corpus(found).to_jsonl(path)
        if found:
            assert list(corpus.load(path)) == found
            assert list(corpus.iter_articles(path)) == found
        else:  # an empty file is announced, not an error
            with pytest.warns(UserWarning, match="empty corpus file"):
                assert list(corpus.load(path)) == found


@given(articles)
def test_text_and_paragraphs_agree(article: Article) -> None:
    if article.paragraphs:
        assert article.text.split("\n\n") == list(article.paragraphs)
    else:
        assert article.text == ""
    assert corpus.article_from_dict(article.to_dict()) == article


@given(st.lists(articles, max_size=3))
def test_articles_and_corpora_pickle(found: list[Article]) -> None:
    whole = Corpus(found)
    assert pickle.loads(pickle.dumps(whole)) == whole
    for article in found:
        assert pickle.loads(pickle.dumps(article)) == article


# Lines a page is made of: real markers from the seeds, and arbitrary text.
page_lines = st.one_of(
    st.sampled_from(
        [
            "",
            "Tin tức",
            "(TAP) - ",
            "(TAP) - Tại cuộc họp.",
            "Hai bên nhất trí./.- Từ khóa :",
            "- việt nam",
            "Tin liên quan",
            "-",
            "Kinh tế Việt Nam",
            "07:34' - 22/09/2023",
            "![]() |",
            "![]() Chú thích ảnh. |",
            "![[Video] Tiêu đề](https://a.example.com.vn/x.png)",
            "Ngoại trưởng Blinken - Ảnh: Nguyễn Tiến Anh Tuấn |",
            "Các đại biểu dự Hội nghị.Bên cạnh đó, hai bên họp.",
            "Vũ Khuyên/VOV",
            "Bình luận",
            "Multimedia",
            "./.",
        ]
    ),
    st.text(max_size=40),
)


@given(st.lists(page_lines, max_size=25).map("\n".join))
def test_any_page_gives_a_valid_article(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pages without a body warn; that is tested elsewhere
        article = corpus.parse_article(text, "x", infer_date=False)
    assert article.text.split("\n\n") == list(article.paragraphs) or not article.paragraphs
    assert all(line.strip() for line in (*article.captions, *article.chrome))
