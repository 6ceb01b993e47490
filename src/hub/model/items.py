"""The content items: materials, questions, offerings and kwaliteitsfiches."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from hub.model.fields import (
    Contact,
    Date,
    IdList,
    Line,
    LocalDateTime,
    RequiredIdList,
    Slug,
    SlugList,
    Text,
    Url,
)
from hub.model.source import LineMap

Status = Literal["draft", "published", "archived"]
# Materials, questions and offerings may also be withdrawn: the page stays, marked "niet meer actueel".
LifecycleStatus = Literal["draft", "published", "withdrawn", "archived"]
REASON_MAX = 300  # characters of a withdrawn_reason or archived_reason
Kind = Literal["material", "qa", "training", "fiche", "effect"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Suppression(Strict):
    """One coded rule silenced for one item (`check_ignore`); the reason is required (checked as HUB190)."""

    code: Line
    reason: Line | None = None


class Item(Strict):
    """What every file-backed item knows about itself beyond its keys: slug, file, lines, body."""

    kind: ClassVar[Kind]
    check_ignore: list[Suppression] = Field(
        default=[], description="coded rules silenced for this item: {code, reason}"
    )
    _slug: str = PrivateAttr(default="")
    _path: str = PrivateAttr(default="")
    _lines: LineMap = PrivateAttr(default_factory=lambda: LineMap({}, 1))
    _body: str = PrivateAttr(default="")
    _body_line: int = PrivateAttr(default=1)
    _in_archive: bool = PrivateAttr(default=False)

    def attach_source(
        self, slug: str, path: str, lines: LineMap, body: str, body_line: int, in_archive: bool
    ) -> None:
        self._slug, self._path, self._lines = slug, path, lines
        self._body, self._body_line, self._in_archive = body, body_line, in_archive

    # Read straight from pydantic's private store: these are read millions of times in a large
    # build, and the generic attribute lookup for private attributes is slow.
    @property
    def slug(self) -> str:
        return self.__pydantic_private__["_slug"]  # type: ignore[index, no-any-return]

    @property
    def path(self) -> str:
        return self.__pydantic_private__["_path"]  # type: ignore[index, no-any-return]

    @property
    def body(self) -> str:
        return self.__pydantic_private__["_body"]  # type: ignore[index, no-any-return]

    @property
    def body_line(self) -> int:
        return self.__pydantic_private__["_body_line"]  # type: ignore[index, no-any-return]

    @property
    def in_archive(self) -> bool:
        return self.__pydantic_private__["_in_archive"]  # type: ignore[index, no-any-return]

    def line(self, *key_path: str | int) -> int:
        """File line of a key (or list item) of this item's front matter."""
        return self._lines.line(*key_path)


class Lifecycle(Item):
    status: LifecycleStatus
    owner: Line
    reviewed: Date
    review_months: Annotated[int, Field(ge=1, le=120)] | None = None
    replaced_by: Slug | None = None
    withdrawn: Date | None = Field(default=None, description="the day the item was withdrawn")
    withdrawn_reason: Annotated[Line, Field(max_length=REASON_MAX)] | None = Field(
        default=None, description="why it is no longer current, in one line"
    )
    archived_reason: Annotated[Line, Field(max_length=REASON_MAX)] | None = Field(
        default=None, description="why it was archived, in one line"
    )

    @property
    def is_published(self) -> bool:
        """Published and current: in every list, feed, search index and calendar."""
        return self.status == "published" and not self.in_archive

    @property
    def is_withdrawn(self) -> bool:
        """Withdrawn: its page stays at its URL, marked "niet meer actueel", and is in no list."""
        return self.status == "withdrawn" and not self.in_archive

    @property
    def has_page(self) -> bool:
        return self.is_published or self.is_withdrawn


class Attachment(Strict):
    file: Line
    title: Line | None = None


class Step(Strict):
    """One step of a leerpad: exactly one of `material`, `question` or `training` (checked as HUB231)."""

    material: Slug | None = None
    question: Slug | None = None
    training: Slug | None = None
    note: Line | None = None

    def targets(self) -> list[tuple[str, str]]:
        """(key, slug) of every target this step names (one, when the step is well formed)."""
        return [(key, slug) for key in STEP_KEYS if (slug := getattr(self, key)) is not None]

    @property
    def target(self) -> tuple[str, str] | None:
        """(key, slug) of the step's one target; None when it names none or several."""
        found = self.targets()
        return found[0] if len(found) == 1 else None


# Step key -> the collection its slug names.
STEP_KEYS: dict[str, str] = {"material": "materials", "question": "qa", "training": "trainings"}


class ScanDimension(Strict):
    id: Line
    title: Line
    statements: Annotated[list[Line], Field(min_length=1)]
    recommend: SlugList = []


class Scan(Strict):
    """A zelfscan: statements in dimensions, answered on a 1-4 scale."""

    scale: Annotated[list[Line], Field(min_length=4, max_length=4)] = [
        "Nog niet",
        "Een beetje",
        "Grotendeels",
        "Helemaal",
    ]
    dimensions: Annotated[list[ScanDimension], Field(min_length=1)]


class Material(Lifecycle):
    kind: ClassVar[Kind] = "material"

    title: Annotated[Line, Field(max_length=120)]
    description: Annotated[Line, Field(min_length=20, max_length=300)]
    type: Line
    rok: RequiredIdList
    levels: RequiredIdList
    roles: RequiredIdList
    themes: IdList = []
    keywords: IdList = []
    link: Url | None = None
    attachments: list[Attachment] = []
    steps: list[Step] | None = None
    related: SlugList = []
    duration: Annotated[int, Field(ge=1)] | None = None
    license: Line | None = None
    scan: Scan | None = None

    def tags_in(self, taxonomy: str) -> list[str]:
        """The ids this material is tagged with in one taxonomy (its type for 'types')."""
        return [self.type] if taxonomy == "types" else list(getattr(self, taxonomy))


class Question(Lifecycle):
    kind: ClassVar[Kind] = "qa"

    title: Annotated[Line, Field(max_length=200)]
    description: Annotated[Line, Field(max_length=300)] | None = None
    themes: RequiredIdList
    levels: RequiredIdList
    roles: IdList = []
    rok: IdList = []
    asked: Date
    answered: Date | None = None
    materials: SlugList = []
    source: Line | None = None


class Provider(Strict):
    kind: Literal["intern", "extern"]
    name: Line | None = None


class Session(Strict):
    start: LocalDateTime
    end: LocalDateTime
    mode: Literal["fysiek", "online", "hybride"]
    location: Line | None = None
    address: Line | None = None  # street, number, postcode and town of a physical location (JSON-LD Place)
    recording: Url | None = None
    # Second wave of the contract, accepted and validated here; shown on the site in a later round.
    status: Literal["volzet", "wachtlijst", "geannuleerd"] | None = None
    evaluation_url: Url | None = None


class Offering(Lifecycle):
    kind: ClassVar[Kind] = "training"

    title: Annotated[Line, Field(max_length=120)]
    description: Annotated[Line, Field(min_length=20, max_length=300)]
    form: Line
    levels: RequiredIdList
    roles: RequiredIdList
    themes: IdList = []
    rok: IdList = []
    goals: Annotated[list[Line], Field(min_length=1)]
    design: Text | None = None
    reach: Annotated[int, Field(ge=0)] | None = None
    provider: Provider | None = None
    price: Annotated[float, Field(ge=0)] | None = None
    registration: Url | None = None
    contact: Contact | None = None  # shown when there is no registration form
    on_request: bool = False  # "op aanvraag": an offering without dates
    evaluation_url: Url | None = None  # the EDBI questionnaire
    sessions: list[Session] = []


class Requirement(Strict):
    id: Line
    text: Text


# The four EDBI core questions, in the instrument's order (../shared/reference/edbi.yml, basisvragen).
Aspect = Literal["tevredenheid", "bruikbaarheid", "leereffect", "praktijktoepassing"]
ASPECTS: tuple[Aspect, ...] = ("tevredenheid", "bruikbaarheid", "leereffect", "praktijktoepassing")
# What a 5-point answer 1..5 reads as when a fiche sets no `scale_labels`.
DEFAULT_SCALE_LABELS = ("Helemaal niet akkoord", "Niet akkoord", "Neutraal", "Akkoord", "Helemaal akkoord")


class EvaluationQuestion(Strict):
    id: Line
    text: Line
    scale: Literal["5-punt", "open"]
    core: bool = False
    # Which EDBI core question this is (for the roll-up); without it, core questions count in EDBI order.
    aspect: Aspect | None = None


class Evaluation(Strict):
    instrument: Line
    when: Line | None = None
    response_target: str | float | None = None
    questions: list[EvaluationQuestion] = []
    scale_labels: Annotated[list[Line], Field(min_length=5, max_length=5)] | None = None

    @property
    def labels(self) -> tuple[str, ...]:
        """The five answer labels, for 1..5."""
        return tuple(self.scale_labels) if self.scale_labels else DEFAULT_SCALE_LABELS

    @property
    def closed(self) -> list[EvaluationQuestion]:
        """The questions answered on the 5-point scale, in the fiche's order."""
        return [question for question in self.questions if question.scale == "5-punt"]

    def aspects(self) -> dict[str, Aspect]:
        """Question id -> EDBI aspect: as the fiche says, else the core questions in EDBI order."""
        named = {q.id: q.aspect for q in self.questions if q.aspect is not None}
        if named:
            return named
        core = [q.id for q in self.closed if q.core]
        return dict(zip(core, ASPECTS, strict=False))


class Fiche(Item):
    kind: ClassVar[Kind] = "fiche"

    title: Line
    form: Line
    requirements: Annotated[list[Requirement], Field(min_length=1)]
    evaluation: Evaluation | None = None
    description: Text | None = None
    status: Status = "published"
    owner: Line | None = None
    reviewed: Date | None = None

    @property
    def is_published(self) -> bool:
        return self.status == "published"


class ResponseNorm(Strict):
    participants: Annotated[int, Field(ge=1)]
    min_rate: Annotated[float, Field(gt=0, le=1)]

    def responses_needed(self, group_size: int) -> int:
        """ceil(N x rate), without float error: 100 x 0.07 must be 7, not 8."""
        return math.ceil(Decimal(str(self.min_rate)) * group_size)


COLLECTIONS: dict[str, type[Item]] = {
    "materials": Material,
    "qa": Question,
    "trainings": Offering,
    "fiches": Fiche,
}
