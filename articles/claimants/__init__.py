"""Who said it: attributions in news sentences and the claimant a newsroom would file.

Pure Python, no database. ``attributions(text)`` finds the attributions of one
sentence — *X said*, *according to X*, *told AFP*, *X put the toll at*, and in
Ukrainian *повідомив голова … <ім'я>*, *за словами X*, *повідомили в X*,
*— сказала <прізвище>*, *X заявив* — each with a ``Speaker``: the name, kind,
title and aliases of whoever it names, or a reference still to resolve.

Naming rules (the same for every article):

* a body keeps its full name (*National Police*, *African Union*, *Civil
  Protection Directorate*), an acronym in brackets after it becomes its alias
  (*DGPC*), and a possessive country stays as its qualifier (*Spain's Interior
  Ministry*); Ukrainian names go to the nominative (*повідомили в Міністерстві
  внутрішніх справ* → *Міністерство внутрішніх справ*);
* a person is named without titles — the title becomes the description
  (*Defence Minister Rustem Umerov* → *Rustem Umerov*, "Defence Minister");
* the kind follows the body's head word: ministries, police, services,
  commissions, offices are *office*; armed forces and commands *military*;
  governments and countries *government*; agencies, institutes, centres,
  unions, international bodies *organisation*;
* generic groups (*officials*, *authorities*, *residents*, *experts*,
  *посадовці*, *мешканці*) and unnamed people make an attribution without a
  claimant.

References — a surname (*Umerov said*, *Іваненко додала*), a pronoun (*She
said*, *За його словами*), an acronym (*the RSF said*), a head noun (*the
service said*, *повідомили в службі*) — are resolved by ``ArticleMemory``
against what the article said before: the same person in full, in the
nominative; the body the acronym or head noun names.

The package: ``speakers`` (who an attribution names), ``vocabulary`` (the words
names are made of), ``english`` and ``ukrainian`` (each language's attributions
and speakers), ``sentence`` (one sentence, either language) and ``article``
(what the article named before, and resolving references against it).
"""

from articles.claimants.article import ArticleMemory, Mentions, mentions
from articles.claimants.english import speaker_en
from articles.claimants.sentence import acting_subject, attributions
from articles.claimants.speakers import NOBODY, Attribution, ClaimantKind, Speaker
from articles.claimants.ukrainian import speaker_uk

__all__ = [
    "NOBODY",
    "ArticleMemory",
    "Attribution",
    "ClaimantKind",
    "Mentions",
    "Speaker",
    "acting_subject",
    "attributions",
    "mentions",
    "speaker_en",
    "speaker_uk",
]
