"""A throwaway journal of invented reflections, for `reflect --demo`.

Every family, visit and supervisor here is made up. Families appear only by code, and the
text names no one, so the demo shows how the journal is meant to be written: initials and
codes, never the details of a case record. Dates are counted back from `today` and the
identifiers are fixed, so the demo looks the same each time it is opened.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from reflect.domain.check_in import CheckIn
from reflect.domain.comment import Comment
from reflect.domain.reflection import Answer, Reflection, ShareState, Status, VisitKind
from reflect.domain.supervision_session import SessionFormat, SessionMode, SupervisionSession
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths

# Not a secret: the demo holds only invented text, and the unlock screen shows this.
DEMO_PASSPHRASE = "demo journal passphrase"  # noqa: S105
"""The demo journal's passphrase; the unlock screen shows it in demo mode."""

DEMO_SUPERVISOR = "Supervisor (demo)"
"""The invented supervisor who comments and provides the logged sessions."""

DEMO_SEARCH_WORD = "bottle"
"""A word several demo reflections use, so a newcomer's first search finds something."""


def _uuid(number: int) -> str:
    # Fixed identifiers keep the demo deterministic and let comments and sessions point at
    # reflections without looking them up.
    return str(uuid.UUID(int=number))


def _av(key: str, text: str, *, private: bool = False) -> Answer:
    """An answer to the after-visit prompt `after-visit.<key>`."""
    return Answer(f"after-visit.{key}", text, private)


@dataclass(frozen=True, slots=True)
class _Entry:
    """One demo reflection, dated by how many days before `today` it was written."""

    number: int
    days_ago: int
    family: str
    answers: tuple[Answer, ...]
    themes: tuple[str, ...] = ()
    template: str = "after-visit"
    kind: VisitKind = VisitKind.HOME_VISIT
    minutes: int | None = 60
    status: Status = Status.COMPLETE
    share: ShareState = ShareState.PRIVATE
    notes: str = ""


# Reflections that comments, sessions and the check-in refer to.
_K7_VIDEO = 5
_BEFORE_SUPERVISION = 6
_AFTER_SUPERVISION = 9
_T04_REPAIR = 7
_P11_GROUP = 8

_SESSION_ONE_DAYS_AGO = 21
_SESSION_TWO_DAYS_AGO = 7

_ENTRIES: tuple[_Entry, ...] = (
    # MB: a young Mom, her first baby, and Grandma, who lives with them.
    _Entry(
        number=1,
        days_ago=40,
        family="MB",
        themes=("the-4-ss", "relationship"),
        answers=(
            _av(
                "what-happened",
                "First visit since the baby turned three months. Mom had the bottle ready when "
                "I got there and mostly wanted to talk about feeding.",
            ),
            _av(
                "seen",
                'The baby kept turning her head away and Mom said "she doesn\'t like me." We '
                "wondered together if the baby was asking for a break, and the next time Mom "
                "paused, the baby came back to her.",
            ),
            _av(
                "soothed",
                "When the baby got fussy Mom walked her over to the window and swayed. It took "
                "a few minutes, but she settled against Mom's chest.",
            ),
            _av(
                "attunement",
                "Mom noticed the hiccups before I did and sat her up. Small, but she is "
                "watching closely.",
            ),
            _av(
                "misattunement",
                "Mom kept offering the bottle while the baby was arching away. I think she "
                "hears every turn-away as rejection; she is so young and so on her own with it.",
            ),
            _av(
                "angels",
                "Mom said Grandma used to sing to her at bedtime when she was little. Her whole "
                "face softened when she said it.",
            ),
            _av(
                "parallel-process",
                "I caught myself rushing in with feeding tips, the same way Mom rushes the "
                "bottle. Both of us wanting to fix it fast.",
            ),
            _av("heaviness", "4"),
            _av("what-i-need", "Lunch, honestly, and ten quiet minutes before the next visit."),
        ),
    ),
    _Entry(
        number=2,
        days_ago=26,
        family="MB",
        themes=("caregiver-story", "relationship"),
        answers=(
            _av(
                "what-happened",
                "Grandma was home this time and stayed for most of the visit. Mom was quieter "
                "with her in the room.",
            ),
            _av(
                "seen",
                "The baby watched Grandma's face the whole time she sang. Mom said \"she knows "
                "that song,\" and I think she's right.",
            ),
            _av(
                "secure",
                "Grandma sings the same lullaby before every nap, and Mom has started humming "
                "it too. The same song, day after day, is something a baby can lean on.",
            ),
            _av(
                "rupture-and-repair",
                "Grandma corrected how Mom was holding the bottle, and Mom went stiff and "
                'handed the baby over. Later Grandma said "you know her best" and gave her '
                "back; I think Grandma started that repair.",
            ),
            _av(
                "ghosts",
                'Mom said Grandma was "strict back then" and laughed, but she didn\'t look at '
                "her. I wondered quietly what it was like to be little in that house.",
            ),
            _av(
                "pressures",
                "Three adults in a small apartment, and Mom is trying to go back to school. "
                "Everyone is short on sleep, and the baby feels it.",
            ),
            _av(
                "my-felt-safety",
                "Safe and welcome. Grandma made tea and insisted I take the good chair.",
            ),
            _av("heaviness", "3"),
            _av(
                "for-supervision",
                "How to build up Mom's confidence without putting myself between her and Grandma.",
            ),
        ),
    ),
    _Entry(
        number=3,
        days_ago=12,
        family="MB",
        minutes=45,
        share=ShareState.TO_SHARE,
        themes=("regulation", "the-4-ss"),
        answers=(
            _av(
                "what-happened",
                "Short visit; the baby had a cold and was miserable. Mom looked like she hadn't "
                "slept in days.",
            ),
            _av(
                "safe",
                "Mom told me that last night she laid the baby in the crib and stepped out for "
                "a minute because she was so frustrated. I told her that was exactly the right "
                "thing to do, and we talked about who she can call at night.",
            ),
            _av(
                "soothed",
                "She tried the bottle, the swaddle, the bouncer. What finally worked was Mom "
                "lying back with the baby on her chest and both of them breathing slower.",
            ),
            _av(
                "misattunement",
                'At one point Mom said "why are you doing this to me" to the crying baby. She '
                "is so tired that the crying lands on her as blame.",
            ),
            _av(
                "parallel-process",
                "I felt helpless watching them, maybe the way Mom feels at three in the "
                "morning. I wanted to take the baby from her, and didn't.",
            ),
            _av("heaviness", "6"),
            _av("what-i-need", "A walk around the block before I write my notes."),
            _av(
                "for-supervision",
                "Mom telling me she had to step away. I want to think about how to keep that "
                "door open, so she keeps telling me the hard parts.",
            ),
        ),
    ),
    _Entry(
        number=4,
        days_ago=3,
        family="MB",
        themes=("relationship", "the-4-ss"),
        answers=(
            _av(
                "what-happened",
                "The cold is gone and the whole house felt lighter. Mom was on the floor with "
                "the baby when I came in.",
            ),
            _av(
                "seen",
                "The baby has a new squeal, and Mom answered it every single time. You could "
                "see the baby wait for her.",
            ),
            _av(
                "attunement",
                "Lovely back and forth on the play mat: the baby squeals, Mom squeals back, the "
                "baby kicks. When the baby looked away to rest, Mom just waited.",
            ),
            _av(
                "rupture-and-repair",
                "Mom's phone buzzed and she looked at it mid-game, and the baby's face fell. "
                "Mom came back with \"I'm here, I'm here,\" and the baby smiled again.",
            ),
            _av(
                "angels",
                "Mom sings Grandma's lullaby now when the baby won't settle, \"even though I "
                "can't sing.\"",
            ),
            _av(
                "my-reactions",
                "I felt proud of her, and a bit teary in the car. A few weeks ago she heard "
                'every turn-away as "she doesn\'t like me."',
            ),
            _av("heaviness", "2"),
            _av("what-i-need", "Nothing much. I want to remember this one."),
        ),
    ),
    # K7: Mom and a baby of about eight months; Mom has seemed far away lately.
    _Entry(
        number=_K7_VIDEO,
        days_ago=33,
        family="K7",
        kind=VisitKind.VIRTUAL,
        minutes=45,
        share=ShareState.SHARED,
        themes=("the-visitor", "relationship"),
        answers=(
            _av(
                "what-happened",
                "Video visit, because Mom said the house was a mess. Mostly I saw the ceiling "
                "and the side of the baby's head.",
            ),
            _av(
                "seen",
                "The baby babbled louder and louder until Mom looked down at her. I wonder how "
                "often she has to work that hard.",
            ),
            _av(
                "misattunement",
                'Mom answered the babbling with "mm-hm" without looking. She seemed very far '
                "away today, as if she was watching from behind glass.",
            ),
            _av(
                "pressures",
                "Dad works long hours and Mom's family lives far away. She says she hasn't "
                "left the house much since the weather turned.",
            ),
            _av(
                "parallel-process",
                "Halfway through I felt heavy, almost sleepy, and I never feel sleepy on "
                "visits. Maybe I was feeling a little of what Mom is carrying.",
            ),
            _av("heaviness", "6"),
            _av(
                "for-supervision",
                "The heaviness I felt, and how worried to be about Mom. How do I ask how she's "
                "really doing?",
            ),
        ),
    ),
    _Entry(
        number=_BEFORE_SUPERVISION,
        days_ago=_SESSION_ONE_DAYS_AGO + 1,
        family="K7",
        template="before-supervision",
        kind=VisitKind.OTHER,
        minutes=None,
        share=ShareState.SHARED,
        themes=("the-visitor",),
        answers=(
            Answer(
                "before-supervision.what-to-bring",
                "K7. Mom seems further away each visit, and the baby is working so hard to "
                "reach her.",
            ),
            Answer(
                "before-supervision.my-question",
                "How do I ask Mom how she is really doing without her feeling checked up on? "
                "And when is it time to talk with her about seeing her doctor?",
            ),
            Answer(
                "before-supervision.my-feelings",
                "Worried. And a bit guilty that I feel relieved when her visit is on video.",
            ),
            Answer(
                "before-supervision.since-last-time",
                "A lot of driving, Grandma's lullaby with MB, and a long paperwork visit with JR "
                "that stayed with me for days.",
            ),
        ),
    ),
    # T-04: Dad at home with a toddler while Mom works evenings.
    _Entry(
        number=_T04_REPAIR,
        days_ago=24,
        family="T-04",
        share=ShareState.SHARED,
        themes=("caregiver-story", "relationship", "the-visitor"),
        answers=(
            _av(
                "what-happened",
                "The three of us read a picture book on the couch. Dad did a silly voice and "
                "the toddler laughed so hard he fell over.",
            ),
            _av(
                "attunement",
                "Dad noticed the toddler getting wound up and slowed his own voice right down. "
                "The toddler followed him down.",
            ),
            _av(
                "rupture-and-repair",
                'The toddler tore a page and Dad snapped "look what you did." Then he caught '
                'himself, pulled him onto his lap and said "it\'s okay, we can tape it." Dad '
                "started that repair on his own, which is new.",
            ),
            _av(
                "ghosts",
                "Dad said his own father never once read to him. He wants his son to have "
                '"the stuff I didn\'t get," and his voice went quiet when he said it.',
            ),
            _av(
                "parallel-process",
                "Dad is working so hard not to repeat something, and in a way so am I. Maybe "
                "that's why I'm rooting for him so much.",
            ),
            _av(
                "my-reactions",
                "My father was a yeller too, and my stomach tightened when Dad snapped. I "
                "want to keep that mine and not let it color how I see Dad.",
                private=True,
            ),
            _av("heaviness", "4"),
            _av(
                "for-supervision",
                "The repair Dad started himself. How do I name it for him without turning it "
                "into a lesson?",
            ),
        ),
    ),
    # P-11: a young Mom and her baby, who started coming to the baby-and-me group.
    _Entry(
        number=_P11_GROUP,
        days_ago=29,
        family="P-11",
        kind=VisitKind.GROUP,
        minutes=90,
        share=ShareState.SHARED,
        themes=("culture", "relationship"),
        answers=(
            _av(
                "what-happened",
                "Baby-and-me group in the community room. P-11's Mom came for the first time "
                "and sat near the door the whole hour.",
            ),
            _av(
                "seen",
                "The baby watched the other babies with huge eyes and kicked whenever someone "
                'laughed. Mom said "he likes it here," and it seemed to surprise her.',
            ),
            _av(
                "attunement",
                "In the song circle Mom held him facing out so he could see. When it got too "
                "much for him she turned him toward her without anyone saying a word.",
            ),
            _av(
                "pressures",
                'Mom says people look at her "like I\'m a kid with a kid." She feels judged '
                "almost everywhere she goes.",
            ),
            _av(
                "my-reactions",
                "I felt protective when another parent gave her advice she hadn't asked for. I "
                "had to remind myself it was her moment, not mine.",
            ),
            _av("heaviness", "3"),
        ),
    ),
    _Entry(
        number=_AFTER_SUPERVISION,
        days_ago=_SESSION_ONE_DAYS_AGO,
        family="K7",
        template="after-supervision",
        kind=VisitKind.OTHER,
        minutes=None,
        themes=("the-visitor", "relationship"),
        answers=(
            Answer(
                "after-supervision.understood",
                "That the heaviness I felt with K7 might be information, not a failing on my "
                "part. The baby is probably feeling some of it too.",
            ),
            Answer(
                "after-supervision.shifted",
                'I had been calling the loud babbling "a fussy phase." Now I see a baby who '
                "keeps reaching, and a Mom who might need someone to reach for her too.",
            ),
            Answer(
                "after-supervision.next-steps",
                "Ask Mom gently about her nights and who she talks to. Keep the visits in "
                "person if she'll have me.",
            ),
        ),
    ),
    _Entry(
        number=10,
        days_ago=19,
        family="K7",
        themes=("caregiver-story", "the-4-ss"),
        answers=(
            _av(
                "what-happened",
                "In person this time. Mom apologized for the mess twice before I was through "
                "the door. The baby is crawling everywhere now.",
            ),
            _av(
                "seen",
                "The baby crawled over and patted Mom's foot until Mom picked her up. Mom said "
                '"she\'s a clingy one," but she held her close.',
            ),
            _av(
                "attunement",
                'The baby dropped her spoon and looked at Mom, and Mom said "uh-oh" and '
                "picked it up. They played that game far longer than I expected.",
            ),
            _av(
                "ghosts",
                'Mom said her own mother "had bad spells" when she was small and she learned '
                "to be very quiet. I wondered if the quiet in this house feels familiar to her.",
            ),
            _av(
                "pressures",
                "Mom isn't sleeping even when the baby sleeps. We talked about her doctor and "
                "she said she would think about calling.",
            ),
            _av(
                "my-reactions",
                "My mom had low stretches when I was small, and I knew that quiet-house "
                "feeling the moment I walked in. Keeping it here until I decide whether to "
                "bring it to supervision.",
                private=True,
            ),
            _av("heaviness", "6"),
            _av("what-i-need", "To call a colleague on the drive back."),
            _av("for-supervision", "Mom's sleep, and whether I've said enough about the doctor."),
        ),
    ),
    _Entry(
        number=11,
        days_ago=5,
        family="K7",
        kind=VisitKind.PHONE,
        minutes=25,
        share=ShareState.TO_SHARE,
        themes=("the-4-ss", "caregiver-story"),
        answers=(
            _av(
                "what-happened",
                "Phone check-in because the baby had a fever. Mom sounded more like herself; "
                "she has been to see her doctor.",
            ),
            _av(
                "soothed",
                "I could hear Mom rocking and humming while we talked, and the baby's fussing "
                "got quieter as the call went on.",
            ),
            _av(
                "secure",
                'Mom has started a little bedtime routine: bath, bottle, one book. "Even on '
                'the bad days," she said.',
            ),
            _av(
                "angels",
                "She told me about an aunt who took her to the park every Saturday. She wants "
                'to be "that kind of fun" one day.',
            ),
            _av(
                "parallel-process",
                "I felt lighter on this call, and Mom sounded lighter. I don't want to make too "
                "much of one call.",
            ),
            _av("heaviness", "3"),
            _av(
                "for-supervision",
                "How to welcome the good news without Mom feeling she has to keep being okay "
                "for me.",
            ),
        ),
    ),
    _Entry(
        number=12,
        days_ago=38,
        family="T-04",
        minutes=75,
        themes=("regulation", "caregiver-story"),
        answers=(
            _av(
                "what-happened",
                "Dad and the toddler on their own; Mom was at work. The toddler threw a cup "
                "early on and it set the tone for the first half hour.",
            ),
            _av(
                "seen",
                "After the cup, the toddler kept checking Dad's face. I think he was finding "
                "out whether Dad was still angry.",
            ),
            _av(
                "safe",
                "Dad raised his voice and the toddler froze for a second before he cried. "
                "Nothing more than that, but it was loud for such a small person.",
            ),
            _av(
                "soothed",
                "Dad didn't go to him at first. When I wondered aloud what the toddler might "
                "need, Dad picked him up and he settled quickly on Dad's shoulder.",
            ),
            _av(
                "ghosts",
                'Dad said "my dad would\'ve done a lot worse than yell." He said it like a '
                "joke, and I let it sit rather than laugh.",
            ),
            _av(
                "my-felt-safety",
                "My shoulders went up when Dad yelled, even though it wasn't at me. Otherwise "
                "the home felt calm, and Dad was respectful with me.",
            ),
            _av("heaviness", "5"),
            _av(
                "for-supervision",
                "My own jump when Dad raised his voice, and how to talk with him about his "
                "father without it sounding like blame.",
            ),
        ),
    ),
    _Entry(
        number=13,
        days_ago=10,
        family="T-04",
        status=Status.DRAFT,
        themes=("development", "regulation"),
        answers=(
            _av(
                "what-happened",
                "Lots of new words and lots of big feelings. Mom was home too, for the first "
                "time in a while.",
            ),
            _av(
                "seen",
                "When the toddler threw himself on the floor over the wrong cup, Mom said "
                '"you wanted the blue one, huh." He stopped crying to look at her, like he '
                "was surprised to be understood.",
            ),
            _av(
                "soothed",
                "They took turns: Dad held him and Mom put words to it. It took both of them, "
                "and that seemed okay.",
            ),
            _av(
                "secure",
                "Dad now says \"I'm going to the kitchen, I'll be right back\" before he leaves "
                "the room. The toddler barely looked up; he seems to trust it.",
            ),
            _av(
                "pressures",
                "With Mom's evening shifts the parents hardly see each other. Dad said they "
                "snap at each other more when they're both tired, and the toddler "
                '"gets wild" afterwards.',
            ),
        ),
    ),
    # JR: Grandma raising her granddaughter, a toddler, while the toddler's mom is away.
    _Entry(
        number=14,
        days_ago=36,
        family="JR",
        minutes=90,
        themes=("stress-and-adversity", "caregiver-story"),
        answers=(
            _av(
                "what-happened",
                "Long visit. Grandma had a stack of forms from the benefits office, so we "
                "worked through those before the toddler woke up.",
            ),
            _av(
                "seen",
                "Every time a car door slammed outside, the toddler went to the window. Grandma "
                'said "she\'s waiting for her mama," and for a moment neither of us spoke.',
            ),
            _av(
                "soothed",
                "The toddler soothes herself by holding Grandma's sleeve and sucking her thumb. "
                "Grandma lets her, even while she's busy with something else.",
            ),
            _av(
                "ghosts",
                'Grandma said she raised her own kids "with no help from anybody" and won\'t '
                "start asking now. I wondered what that cost her then, and what it costs now.",
            ),
            _av(
                "pressures",
                "Money is tight, Grandma's back hurts, and nobody knows how long this "
                "arrangement will last. The toddler is living inside all that not-knowing.",
            ),
            _av(
                "my-felt-safety",
                "Safe inside the apartment. The building's hallway felt less so, and I walked "
                "out with my keys in my hand.",
            ),
            _av("heaviness", "7"),
            _av("what-i-need", "To sit in the car for a few minutes with the radio off."),
            _av(
                "for-supervision",
                "The waiting at the window. I don't know how to talk with Grandma about her "
                "daughter being away without it hurting her.",
            ),
        ),
    ),
    _Entry(
        number=15,
        days_ago=22,
        family="JR",
        themes=("the-4-ss", "caregiver-story"),
        answers=(
            _av(
                "what-happened",
                "A better day. Grandma had slept, and the toddler was busy with a box of pots "
                "and lids.",
            ),
            _av(
                "seen",
                "The toddler brought Grandma a lid, then another, then another. Grandma got it: "
                '"you want me to play," and she sat down on the floor, bad back and all.',
            ),
            _av(
                "secure",
                "Grandma warms the bedtime bottle the same way every night and sings the same "
                "few lines. The toddler knows what's coming and starts rubbing her eyes.",
            ),
            _av(
                "attunement",
                "Grandma saw the toddler getting tired before she fell apart and moved "
                "everyone to the couch. Small thing, big difference.",
            ),
            _av(
                "angels",
                "Grandma talked about her own grandmother, who took her in one summer when "
                'things were bad at home. "She never made me feel like a burden." I think '
                "that is exactly what she's trying to give.",
            ),
            _av("heaviness", "3"),
            _av("what-i-need", "Water and a snack, then notes."),
        ),
    ),
    _Entry(
        number=16,
        days_ago=8,
        family="JR",
        template="quick-check-in",
        themes=("self-care",),
        notes=(
            "Too tired for the whole reflection after JR today. Grandma heard the arrangement "
            "may go on longer than she thought. Coming back to it tomorrow."
        ),
        answers=(
            Answer("quick-check-in.energy", "2"),
            Answer("quick-check-in.heaviness", "7"),
            Answer("quick-check-in.one-word", "Drained"),
            Answer("quick-check-in.one-need", "Someone to talk to"),
        ),
    ),
    # AL: two parents and a baby born early; Dad's mother is staying with them for a while.
    _Entry(
        number=17,
        days_ago=31,
        family="AL",
        minutes=75,
        themes=("culture", "development"),
        answers=(
            _av(
                "what-happened",
                "Both parents home, and Dad's mother, who is visiting from overseas for a few "
                "months. Lots of opinions about feeding in one small room.",
            ),
            _av(
                "seen",
                "The baby gets a worried little crease between her eyes when the room is loud. "
                "When Grandma carried her to the quiet corner it smoothed out.",
            ),
            _av(
                "safe",
                "The parents still measure every ounce in the bottle, the way they learned in "
                "the hospital. I can see how safe the numbers make them feel, and how tense "
                "feeding has become.",
            ),
            _av(
                "soothed",
                "Grandma carries the baby wrapped on her back, the way she carried her own "
                "children. The baby falls asleep there almost at once.",
            ),
            _av(
                "misattunement",
                "Dad kept offering the bottle after the baby had turned away twice. He was "
                "watching the amount, not the baby.",
            ),
            _av(
                "pressures",
                "Those early weeks in the hospital still feel very close for them. One cough "
                "and they are back there.",
            ),
            _av(
                "my-reactions",
                'I noticed my own ideas about how babies "should" be carried and had to set '
                "them aside. Grandma knows a great deal that I don't.",
            ),
            _av("heaviness", "4"),
            _av(
                "for-supervision",
                "How to respect the parents' worry about weight while helping them watch the "
                "baby more than the bottle.",
            ),
        ),
    ),
    _Entry(
        number=18,
        days_ago=17,
        family="AL",
        kind=VisitKind.VIRTUAL,
        minutes=40,
        share=ShareState.TO_SHARE,
        themes=("relationship", "development"),
        answers=(
            _av(
                "what-happened",
                "Video visit with Mom at the kitchen table and the baby on her lap. The "
                "baby's doctor is pleased with her weight, and Mom cried a little telling me.",
            ),
            _av(
                "seen",
                'The baby reached for the screen when I waved, and Mom said "she knows you." '
                "I think Mom was telling me something about herself too.",
            ),
            _av(
                "attunement",
                "Mom followed the baby's gaze to the spoon and named it. The baby looked back "
                "at her, then at the spoon, as if they were sharing it.",
            ),
            _av(
                "angels",
                'Mom talked about her own mother, who calls every evening from far away. "She '
                "always knows when I'm not okay.\"",
            ),
            _av("heaviness", "2"),
            _av(
                "for-supervision",
                "The moment the worry about weight lifted. I want to think about what helps "
                "it stay lifted.",
            ),
        ),
    ),
    _Entry(
        number=19,
        days_ago=1,
        family="AL",
        status=Status.DRAFT,
        notes="Finish tonight.",
        answers=(
            _av(
                "what-happened",
                "Grandma flew home yesterday and the house felt very quiet. Mom says the baby "
                "keeps looking toward the back bedroom.",
            ),
            _av(
                "seen",
                "The baby fussed at the bottle and kept twisting around to look at the door. I "
                "wonder if she is missing Grandma's back and Grandma's songs.",
            ),
            _av("heaviness", "5"),
        ),
    ),
    _Entry(
        number=20,
        days_ago=15,
        family="P-11",
        themes=("the-4-ss", "the-visitor"),
        answers=(
            _av(
                "what-happened",
                "First home visit since group. Mom had been cleaning for hours and was "
                "nervous, and relaxed once the baby started showing off his rolling.",
            ),
            _av(
                "seen",
                "The baby rolled over and looked straight at Mom, waiting. She clapped, and he "
                "rolled back to do it again.",
            ),
            _av(
                "safe",
                "His space on the floor was clear and soft, and Mom kept half an eye on him "
                "the whole time. Her cousin helped her make the room baby-safe.",
            ),
            _av(
                "rupture-and-repair",
                "Mom laughed when the baby bumped his head, then saw his face crumple. She "
                'scooped him up, said "sorry, sorry, that hurt, huh," and he buried his face '
                "in her neck.",
            ),
            _av(
                "ghosts",
                "While she held him Mom said nobody ever said sorry to her when she was a "
                "kid. She said it almost to herself.",
            ),
            _av(
                "parallel-process",
                "Mom was nervous I was judging her home, and I was nervous she saw me as one "
                "more adult telling her what to do. We both relaxed at about the same time.",
            ),
            _av(
                "my-felt-safety",
                "Very safe. Her cousin was there for part of the visit and was friendly.",
            ),
            _av("heaviness", "2"),
        ),
    ),
)


def _day(today: dt.date, days_ago: int) -> dt.date:
    """`days_ago` days before `today`, moved back to the Friday if it falls on a weekend."""
    # Home visits happen on weekdays; moving back keeps the order of entries unchanged.
    day = today - dt.timedelta(days=days_ago)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def _moment(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A local time on `day`, timezone-aware as the journal stores moments."""
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone()


def demo_reflections(today: dt.date) -> list[Reflection]:
    """About twenty invented reflections from the six weeks before `today`, oldest first."""
    reflections = [
        Reflection(
            visit_date=_day(today, entry.days_ago),
            family_code=entry.family,
            template_id=entry.template,
            uuid=_uuid(entry.number),
            visit_kind=entry.kind,
            duration_minutes=entry.minutes,
            answers=entry.answers,
            notes=entry.notes,
            themes=entry.themes,
            status=entry.status,
            share_state=entry.share,
        )
        for entry in _ENTRIES
    ]
    reflections.sort(key=lambda reflection: (reflection.visit_date, reflection.uuid))
    return reflections


def _comments(today: dt.date) -> list[Comment]:
    session_day = _day(today, _SESSION_ONE_DAYS_AGO)
    return [
        Comment(
            reflection_uuid=_uuid(_K7_VIDEO),
            author=DEMO_SUPERVISOR,
            body=(
                "Thank you for noticing the sleepiness rather than pushing through it. Let's "
                "keep wondering together about Mom, and what support she might welcome. You "
                "don't have to carry the worry about her on your own."
            ),
            created_at=_moment(session_day, 16, 30),
            read=True,
            uuid=_uuid(101),
        ),
        # Pinned to one answer, so the demo shows a comment beside the prompt it is about.
        Comment(
            reflection_uuid=_uuid(_T04_REPAIR),
            author=DEMO_SUPERVISOR,
            body=(
                "What a moment to catch. You might simply tell Dad what you saw: you came back "
                "to him, and he let you. A repair he can feel himself making may mean more than "
                "anything we teach."
            ),
            created_at=_moment(session_day, 16, 45),
            prompt_id="after-visit.rupture-and-repair",
            uuid=_uuid(102),
        ),
    ]


def _sessions(today: dt.date) -> list[SupervisionSession]:
    return [
        SupervisionSession(
            date=_day(today, _SESSION_ONE_DAYS_AGO),
            minutes=60,
            provider=DEMO_SUPERVISOR,
            format=SessionFormat.INDIVIDUAL,
            mode=SessionMode.IN_PERSON,
            provider_category="Reflective supervisor",
            notes=(
                "K7: the sleepy heaviness on the video visit, and Mom seeming far away. "
                "T-04: the repair Dad started on his own."
            ),
            next_steps=(
                "Ask K7's Mom open questions about her nights and who she talks to. Tell "
                "T-04's Dad what I saw."
            ),
            reflection_uuids=(_uuid(_K7_VIDEO), _uuid(_BEFORE_SUPERVISION), _uuid(_T04_REPAIR)),
            uuid=_uuid(201),
        ),
        SupervisionSession(
            date=_day(today, _SESSION_TWO_DAYS_AGO),
            minutes=90,
            provider=DEMO_SUPERVISOR,
            format=SessionFormat.GROUP,
            mode=SessionMode.VIDEO,
            provider_category="Reflective supervisor",
            notes=(
                "Group reflective supervision. I brought P-11's first group and how "
                "protective I felt of Mom."
            ),
            next_steps="Notice when I want to step in for a parent, and wait a beat first.",
            reflection_uuids=(_uuid(_P11_GROUP),),
            uuid=_uuid(202),
        ),
    ]


def _check_in(today: dt.date) -> CheckIn:
    return CheckIn(
        created_at=_moment(_day(today, 2), 8, 15),
        heaviness=4,
        energy=6,
        word="Steady",
        need="Movement or fresh air",
        uuid=_uuid(301),
    )


def create_demo_journal(folder: Path, today: dt.date | None = None) -> None:
    """Create a demo journal in `folder`, unlocked by `DEMO_PASSPHRASE`, and close it.

    It holds the demo reflections, two supervisor comments, two logged supervision
    sessions and one check-in. The recovery key is thrown away: the journal is a
    throwaway, and nothing in it is worth recovering.
    """
    day = today if today is not None else dt.date.today()
    journal, _recovery_key = Journal.create(JournalPaths(folder), DEMO_PASSPHRASE)
    with journal:
        journal.add_reflections(demo_reflections(day))
        for comment in _comments(day):
            journal.add_comment(comment)
        for session in _sessions(day):
            journal.save_session(session)
        journal.add_check_in(_check_in(day))
