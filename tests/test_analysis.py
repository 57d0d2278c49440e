"""Behaviour of the reply analyser: question types, features, pitfalls, rewrites, input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samtale_tui.analysis import PITFALLS, TOPICS, analyse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hvordan har du det?", "open"),
        ("hva tenker du selv om veien videre", "open"),
        ("Fortell litt om hvordan du opplever situasjonen.", "open"),
        ("Kan du si litt mer om det?", "open"),
        ("Hva er grunnen til at du valgte kveldsvakter?", "open"),
        ("Jeg lurer på hvordan uka har vært.", "open"),
        ("Korleis har du det no?", "open"),
        ("Can you tell me more about that?", "open"),
        ("Hvorfor sa du ikke fra tidligere?", "why"),
        ("Hvordan kan det ha seg at du ikke møtte opp?", "why"),
        ("Kvifor sa du ikkje frå?", "why"),
        ("How come you missed the meeting?", "why"),
        ("hvofor ringte du ikke", "why"),
        ("Jeg skjønner at det er tøft, men hvorfor sa du ingenting?", "why"),
        ("Kan du jobbe halv dag?", "closed"),
        ("var du redd", "closed"),
        ("Vil du ha hjemmekontor eller kortere dager?", "closed"),
        ("Det er vel bedre å starte gradvis, ikke sant?", "closed"),
        ("Du har snakket med legen?", "closed"),
        ("Do you need anything from me?", "closed"),
        ("Jeg har tenkt litt på situasjonen din.", "none"),
        ("Når du kommer tilbake, starter vi med korte dager.", "none"),
        ("Du trenger ikke fortelle meg hva diagnosen er.", "none"),
        ("Mhm.", "none"),
    ],
)
def test_question_type(text: str, expected: str) -> None:
    assert analyse(text).question_type == expected


def test_question_spans_point_into_the_text() -> None:
    text = "Takk for at du kom. Hvordan har du det, og når tror du at du er tilbake?"
    a = analyse(text)
    assert [text[q.start : q.end] for q in a.questions] == [
        "Hvordan har du det",
        "når tror du at du er tilbake?",
    ]
    assert a.has_pitfall("multiple_questions")


def test_either_or_is_one_question_but_two_sentences_are_two() -> None:
    assert len(analyse("Passer det med halve dager, eller blir det for mye?").questions) == 1
    two = analyse("Kan du komme på mandag? Eller vil du heller vente en uke?")
    assert len(two.questions) == 2 and two.has_pitfall("multiple_questions")


def test_a_kind_question_alone_is_not_warmth() -> None:
    assert not analyse("Hvordan har du det egentlig?").warmth
    a = analyse("Takk for at du kom. Hvordan har du det?")
    assert a.warmth and a.question_type == "open"
    span = a.warmth_spans[0]
    assert a.text[span.start : span.end].lower().startswith("takk")


def test_clarity_on_questions_only_when_settling_the_frame() -> None:
    assert analyse("Hvordan skal vi holde kontakten mens du er borte?").clarity
    assert analyse("Hva er vi enige om så langt?").clarity
    assert not analyse("Er du klar for å komme tilbake på mandag?").clarity
    assert analyse("Vi setter opp et nytt møte om to uker.").clarity
    assert not analyse("Vaktlista for desember er lagt ut.").clarity


def test_reflection() -> None:
    assert analyse("Så du kjenner at kapasiteten varierer fra dag til dag.").reflection
    assert analyse("It sounds like you have been carrying a lot on your own.").reflection
    assert not analyse("Vi har mye å gjøre på avdelingen.").reflection


@pytest.mark.parametrize(
    ("text", "pitfall"),
    [
        ("Hva er det egentlig du feiler?", "diagnosis"),
        ("Jeg må nesten vite hva slags sykdom det er.", "diagnosis"),
        ("Er det virkelig så ille?", "suspicion"),
        ("Kan du dokumentere at du faktisk var syk på fredag?", "suspicion"),
        ("Du må bare komme deg tilbake på jobb.", "telling"),
        ("You just need to pull yourself together.", "telling"),
        ("Du trenger bare litt tid, så går det over.", "minimizing"),
        ("It's only a bit of stress, everyone has that.", "minimizing"),
        ("Du er vel enig i at det er best å jobbe litt?", "leading"),
        ("You'd agree it's best to start with full days, wouldn't you?", "leading"),
        ("Hva trenger du? Hvilke oppgaver kan du ta?", "multiple_questions"),
    ],
)
def test_each_pitfall(text: str, pitfall: str) -> None:
    a = analyse(text)
    assert pitfall in a.pitfalls
    assert any(name == pitfall for name, _ in a.pitfall_spans)
    assert any(f.kind == pitfall and not f.positive for f in a.feedback)


@pytest.mark.parametrize(
    "text",
    [
        "Du trenger ikke fortelle meg hva diagnosen er.",
        "Du bestemmer selv hva du vil dele om helsen din.",
        "Du skal ikke trenge å fortelle meg om sykdommen.",
        "You don't have to tell me about your illness.",
        "Jeg trenger ikke vite noe om sykdommen din.",
    ],
)
def test_negation_and_respect_are_not_a_diagnosis_pitfall(text: str) -> None:
    a = analyse(text)
    assert "diagnosis" not in a.pitfalls
    assert "telling" not in a.pitfalls


def test_reported_obligation_is_a_reflection_not_an_order() -> None:
    a = analyse("So you feel you have to explain yourself all the time.")
    assert a.reflection and "telling" not in a.pitfalls


def test_permission_is_not_telling() -> None:
    assert "telling" not in analyse("Du må gjerne ringe meg hvis noe skjer.").pitfalls
    assert "telling" not in analyse("Hva kan vi gjøre for at du skal trives?").pitfalls


def test_nynorsk_is_norwegian() -> None:
    a = analyse("Korleis har du det no? Kva treng du frå meg?")
    assert a.lang == "nb" and a.question_type == "open"


def test_language_detection() -> None:
    assert analyse("How are things for you at the moment?").lang == "en"
    assert analyse("Hvordan har du det?").lang == "nb"
    assert analyse("How are you?", lang="nb").lang == "nb"


def test_topics_and_third_party() -> None:
    a = analyse("Skal vi ta med en fra bedriftshelsetjenesten og snakke om hjemmekontor?")
    assert {"occupational_health", "third_party", "home_office"} <= set(a.topics)
    assert "third_party" not in analyse("Hvordan går det med oppgavene?").topics
    assert set(analyse("Har du snakket med NAV og fastlegen?").topics) >= {
        "nav",
        "gp",
        "third_party",
    }
    assert all(t in TOPICS for t in a.topics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hvorfor kan du ikke ta nattevakter?",
            "Hva gjør det vanskelig for deg å ta nattevakter nå?",
        ),
        ("Hvorfor sa du ikke fra tidligere?", "Hva gjorde det vanskelig å si fra tidligere?"),
        ("Hvorfor ringte du ikke meg først?", "Hva gjorde det vanskelig å ringe meg først?"),
        (
            "Hvorfor ikke prøve å jobbe litt hjemmefra?",
            "Hva tenker du om å prøve å jobbe litt hjemmefra?",
        ),
        ("Hvorfor tror du det ikke nytter?", "Hva gjør at du tror det ikke nytter?"),
        ("Why didn't you tell me earlier?", "What made it hard to tell me earlier?"),
    ],
)
def test_why_rewrite_uses_the_replys_own_words(text: str, expected: str) -> None:
    items = [f for f in analyse(text).feedback if f.kind == "why"]
    assert items and items[0].suggestion == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kan du jobbe halv dag?", "Hvordan ser du selv på å jobbe halv dag?"),
        ("Trenger du noe fra meg?", "Hva trenger du fra meg?"),
        ("Går det greit med kollegene?", "Hvordan går det med kollegene?"),
        ("Har du det bra?", "Hvordan har du det?"),
        (
            "Vil du ha hjemmekontor eller kortere dager?",
            "Hva ville passet best for deg: hjemmekontor, kortere dager eller noe helt annet?",
        ),
        ("Do you need anything from me?", "What do you need from me?"),
    ],
)
def test_closed_rewrite_uses_the_replys_own_words(text: str, expected: str) -> None:
    items = [f for f in analyse(text).feedback if f.kind == "closed"]
    assert items and items[0].suggestion == expected


def test_leading_rewrite_keeps_the_matter() -> None:
    a = analyse("Det er vel bedre å komme tilbake gradvis, ikke sant?")
    item = next(f for f in a.feedback if f.kind == "leading")
    assert item.suggestion == "Hva tenker du selv om å komme tilbake gradvis?"
    a = analyse("Du er vel enig i at det er best for alle at du jobber litt?")
    item = next(f for f in a.feedback if f.kind == "leading")
    assert item.suggestion == "Hva tenker du selv om å jobbe litt?"


def test_every_feedback_names_its_words() -> None:
    text = "Takk for at du kom. Hvorfor sa du ikke fra? Du må bare komme tilbake."
    a = analyse(text)
    assert {f.kind for f in a.feedback} >= {"warmth", "why", "telling"}
    for f in a.feedback:
        assert 0 <= f.start < f.end <= len(text)
        words = " ".join(text[f.start : f.end].split())
        assert words[:20] in f.message


def test_score_orders_good_and_poor_replies() -> None:
    good = analyse(
        "Takk for at du kom. Hvordan kan vi lage en plan som vi ser på igjen om to uker?"
    )
    plain = analyse("Hvordan har du det?")
    closed = analyse("Har du det bra?")
    why = analyse("Hvorfor er du så mye borte?")
    bad = analyse("Er det virkelig så ille? Du må bare komme tilbake.")
    assert good.score > plain.score > closed.score > why.score > bad.score
    assert bad.score >= 0 and good.score <= 100


@pytest.mark.parametrize("text", ["", "   ", "\n\t ", "\x00\x01\x1b"])
def test_blank_text_is_an_empty_analysis(text: str) -> None:
    a = analyse(text)
    assert a.empty and a.question_type == "none" and not a.feedback and not a.questions


def test_control_characters_are_ignored_and_offsets_kept() -> None:
    text = "Hvor\x00dan har du det?\x07 Takk for at du kom\x1b."
    clean = analyse("Hvor dan har du det? Takk for at du kom .")
    a = analyse(text)
    assert a.text == text and a.warmth == clean.warmth
    for f in a.feedback:
        assert 0 <= f.start < f.end <= len(text)


def test_emoji_and_odd_unicode() -> None:
    a = analyse("Takk for at du kom 🙏🏽 Hvordan har du det nå? İstanbul")
    assert a.warmth and a.question_type == "open"
    for q in a.questions:
        assert a.text[q.start : q.end].startswith("Hvordan")


def test_huge_reply_counts_everything_but_lists_a_bounded_feedback() -> None:
    text = "Hvordan har du det? " * 50_000
    a = analyse(text)
    assert len(a.questions) == 50_000
    assert a.has_pitfall("multiple_questions")
    assert len(a.feedback) < 40


def test_deterministic() -> None:
    text = "Jeg skjønner at det er tøft. Hva trenger du fra meg nå?"
    assert analyse(text) == analyse(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_sane_analysis(text: str) -> None:
    a = analyse(text)
    assert 0 <= a.score <= 100
    assert a.question_type in ("why", "open", "closed", "none")
    assert set(a.pitfalls) <= set(PITFALLS)
    for q in a.questions:
        assert 0 <= q.start < q.end <= len(text)
    for f in a.feedback:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.message
    a.to_json()


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Likte du de nye oppgavene?", "closed", "Hvordan opplevde du de nye oppgavene?"),
        ("Trives du i jobben?", "closed", "Hvordan trives du i jobben?"),
        ("Synes du planen er grei?", "closed", "Hvordan ser du selv på om planen er grei?"),
        (
            "Jeg lurer på hvorfor du ikke tok kontakt.",
            "why",
            "Hva gjorde det vanskelig å ta kontakt?",
        ),
        ("Hvorfor har du ikke bedt om hjelp?", "why", "Hva gjorde det vanskelig å be om hjelp?"),
        ("Why haven't you answered my emails?", "why", "What made it hard to answer my emails?"),
        (
            "Have you talked to your GP about going back?",
            "closed",
            "How did it go when you talked to your GP about going back?",
        ),
    ],
)
def test_more_rewrites(text: str, kind: str, expected: str) -> None:
    items = [f for f in analyse(text).feedback if f.kind == kind]
    assert items and items[0].suggestion == expected


def test_no_closed_rewrite_for_a_diagnosis_question() -> None:
    a = analyse("Er det kreft?")
    assert "diagnosis" in a.pitfalls
    assert not [f for f in a.feedback if f.kind == "closed"]
    assert next(f for f in a.feedback if f.kind == "diagnosis").suggestion


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "takk",
                "tusen",
                "takk for",
                "jeg",
                "vi",
                "setter",
                "pris",
                "på",
                "du",
                "er",
                "vel",
                "enig",
                "det",
                "høres",
                "tungt",
                "ut",
                "thanks",
                "thank",
                "you",
                "so",
                "sounds",
                "hard",
                "ikke",
                "sant",
                "planen",
                "om",
                "to",
                "uker",
                "x",
                ",",
                ".",
            ]
        ),
        max_size=12,
    )
)
def test_regrouped_patterns_match_where_the_plain_ones_do(words: list[str]) -> None:
    import re

    from samtale_tui.analysis.trie import factor

    text = " ".join(words)
    plain = re.compile(
        r"\b(?:takk|tusen takk|takk for|(?:jeg|vi) setter pris på|du er vel|det høres)"
    )
    fast = re.compile(
        r"\b(?:"
        + factor(r"takk|tusen takk|takk for|(?:jeg|vi) setter pris på|du er vel|det høres")
        + ")"
    )
    assert [m.start() for m in plain.finditer(text)] == [m.start() for m in fast.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "jeg lurer på " * 20_000 + "?",
        "Hva " + "og " * 30_000 + "?",
        "Hvordan har du det, og " * 10_000 + "?",
        "hva, " * 20_000,
        "vel " * 50_000 + "?",
    ],
)
def test_pathological_replies_give_a_bounded_analysis(text: str) -> None:
    # These once took minutes (a repeated opener, a quadratic rewrite); with
    # bounded prefixes and rewrites they finish at once. A hang fails the run.
    a = analyse(text)
    assert 0 <= a.score <= 100
    assert len(a.feedback) < 40
    assert all(len(f.suggestion or "") < 1000 for f in a.feedback)


def test_question_words_listed_in_a_statement_are_not_questions() -> None:
    a = analyse("Vi avtaler alltid hva, hvor lenge og når vi ser på det igjen.")
    assert a.question_type == "none" and not a.questions
    assert analyse("Det er fint, men hvorfor ikke prøve hjemmekontor").question_type == "why"


@pytest.mark.parametrize(
    ("text", "pitfall"),
    [
        ("Du skrev under på planen, så da må du også følge den.", "telling"),
        ("Det var da, nå er du jo mye bedre.", "minimizing"),
        ("Jeg bare spør. Du trenger ikke bli sur.", "minimizing"),
        ("Er du sikker på at du orker varemottaket?", "suspicion"),
        ("Kan du ikke bare ta med en ny legeerklæring?", "leading"),
        ("Hjemmekontor er vel en god løsning for deg også?", "leading"),
        ("Du klarer nok litt mer enn du tror, gjør du ikke?", "leading"),
    ],
)
def test_pitfalls_in_everyday_phrasing(text: str, pitfall: str) -> None:
    assert pitfall in analyse(text).pitfalls


def test_receiving_is_not_an_order() -> None:
    a = analyse("Jeg skriver dette inn i oppfølgingsplanen, så får du en kopi.")
    assert "telling" not in a.pitfalls and a.clarity


def test_saying_you_do_not_doubt_is_not_suspicion() -> None:
    assert "suspicion" not in analyse("Jeg tviler ikke på at du har vært syk.").pitfalls
    assert "suspicion" in analyse("Jeg tviler på at det er så ille.").pitfalls


@pytest.mark.parametrize(
    ("text", "warm"),
    [
        ("Vi bryr oss virkelig om deg.", True),
        ("Vi er stolte av jobben du har gjort.", True),
        ("Jeg er glad i dag.", False),
        ("Jeg er ikke glad for at du kom for sent.", False),
        ("Si litt om hva som er viktig for deg nå.", False),
    ],
)
def test_looser_warmth_needs_the_employee_and_no_negation(text: str, warm: bool) -> None:
    assert analyse(text).warmth is warm


def test_asking_what_makes_a_body_part_worse_is_about_function() -> None:
    assert "diagnosis" not in analyse("Hva er det som gjør kneet verre?").pitfalls
    assert "diagnosis" in analyse("Har det noe med hjertet å gjøre?").pitfalls


def test_just_get_going_is_telling_but_just_call_me_is_an_invitation() -> None:
    assert "telling" in analyse("Da er det vel bare å komme i gang.").pitfalls
    assert "telling" not in analyse("Det er bare å si fra hvis du trenger noe.").pitfalls


def test_looser_warmth_words() -> None:
    assert analyse("Vi heier på deg og tenker på deg.").warmth
    assert analyse("Godt jobbet med rapporten din.").warmth


def test_bare_why_gets_a_whole_rewrite() -> None:
    from samtale_tui.analysis import analyse as run

    for text in ("Hvorfor det", "Hvorfor det?", "hvorfor da", "Hvorfor ikke?"):
        suggestions = [f.suggestion for f in run(text).feedback if f.suggestion]
        assert suggestions, text
        assert "det det" not in suggestions[0] and not suggestions[0].endswith(" ikke?"), (
            text,
            suggestions[0],
        )


@pytest.mark.parametrize(
    ("text", "clarity"),
    [
        ("Alle er på jobb i morgen.", False),  # Norwegian "i" is "in", not "I"
        ("Vi ses i morgen.", True),
        ("I'll call you tomorrow.", True),
        ("I will check in with you next week.", True),
        ("I can call tomorrow at ten.", True),
        ("I think the weather will be nice tomorrow.", False),
    ],
)
def test_a_time_is_clarity_only_with_a_person_in_it(text: str, clarity: bool) -> None:
    assert analyse(text).clarity is clarity


@pytest.mark.parametrize(
    ("text", "reflection"),
    [
        ("Det virker som printeren er ødelagt.", False),
        ("It seems like the printer is broken.", False),
        ("Det høres ut som det har vært tøft.", True),
        ("It sounds like you have had a rough few weeks.", True),
        ("Det høres ut som om du har mye å bære.", True),
    ],
)
def test_it_sounds_like_reflects_only_the_employee_or_a_feeling(
    text: str, reflection: bool
) -> None:
    assert analyse(text).reflection is reflection


# Structures added after blind batches 12-13; each case is new wording, not
# a sentence from the batches.
@pytest.mark.parametrize(
    ("text", "qtype"),
    [
        ("Blir du ikke bedre innen mars, får vi se på andre ordninger.", "none"),
        ("Kommer du ikke på mandag, så ringer jeg deg.", "none"),
        ("Har du tid i morgen, kan vi ta en prat?", "closed"),
        ("Jeg tenkte vi kunne starte med halve dager - hvordan høres det ut?", "open"),
        ("Det jeg lurer på er hvordan nettene dine er nå.", "open"),
        ("Jeg er nysgjerrig på hva som ville gjort mandagene lettere.", "open"),
        ("Du har det vel greit med den nye vaktplanen", "closed"),
    ],
)
def test_conditions_clauses_and_embedded_questions(text: str, qtype: str) -> None:
    assert analyse(text).question_type == qtype


@pytest.mark.parametrize(
    ("text", "pitfall"),
    [
        ("Jeg tenker det lureste er at du tar kveldsvaktene.", "telling"),
        ("Vi har allerede satt deg opp på lageret fra neste uke.", "telling"),
        ("Jeg regner med at du stiller i full stilling etter påske.", "telling"),
        ("Noen sa at du ble sett på kjøpesenteret i går.", "suspicion"),
        ("Du orket å dra på hytta, men ikke på jobb?", "suspicion"),
        ("Jeg vil ha legeerklæring fra første fraværsdag.", "suspicion"),
        ("Er det noe annet enn sykdom som gjør at du blir hjemme?", "suspicion"),
        ("Alle som har småbarn har det sånn.", "minimizing"),
        ("Dere tar en prat, så er det glemt.", "minimizing"),
        ("Han mener ikke noe vondt med det.", "minimizing"),
        ("Hvorfor tar du det så personlig?", "minimizing"),
        ("Er det helseangst du har?", "diagnosis"),
        ("Hvor lenge har du hatt vondt i hofta?", "diagnosis"),
    ],
)
def test_pitfalls_found_by_structure(text: str, pitfall: str) -> None:
    assert pitfall in analyse(text).pitfalls


@pytest.mark.parametrize(
    "text",
    [
        "Jeg ble sett på som en god kandidat den gangen.",
        "Så du er redd for at de andre tror du skulker.",
        "Vi avtalte onsdag klokka ni, ikke sant?",
        "Kan det stemme at du har fått ny fastlege?",
        "Jeg regner med at du er tilbake når legen sier det er greit.",
        "Det handler om å få være noe annet enn syk.",
    ],
)
def test_look_alikes_are_no_pitfall(text: str) -> None:
    assert analyse(text).pitfalls == ()


@pytest.mark.parametrize(
    "text",
    [
        "Du har tatt mange tunge vakter, og det har jeg lagt merke til.",
        "Du er jo den flinkeste vi har på kundeservice.",
        "Hva legen har funnet, er ditt å fortelle eller ikke.",
        "Jeg spør ikke om diagnose, det er ikke min sak.",
        "Det kjennes sikkert urettferdig å bli flyttet.",
        "Vi tar oss av resten her, du skal bare bli frisk.",
    ],
)
def test_new_ways_of_showing_warmth(text: str) -> None:
    assert analyse(text).warmth


def test_an_interpretation_into_a_diagnosis_is_no_reflection() -> None:
    a = analyse("Det du forteller høres mer ut som depresjon enn utbrenthet.")
    assert "diagnosis" in a.pitfalls
    assert not a.reflection


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kunder er kunder, det går over.", True),
        ("Honestly, a headache's a headache.", True),
        ("Jobb er en jobb.", True),
        ("Det er det beste for deg.", False),
        ("Planen er planen vi lagde i går.", False),
        ("Vakt er vakt, liksom.", True),
        ("Dette er dette.", False),
    ],
)
def test_a_tautology_makes_light_of_it(text: str, found: bool) -> None:
    assert ("minimizing" in analyse(text).pitfalls) is found


@pytest.mark.parametrize(
    ("typed", "pitfall"),
    [
        ("you cant just stay home forever", "telling"),
        ("dont worry, it'll pass", "minimizing"),
        ("Er du eigentleg sjuk?", "suspicion"),
        ("Er det egentig så vondt?", "suspicion"),
    ],
)
def test_hasty_spelling_is_read_like_the_careful_one(typed: str, pitfall: str) -> None:
    """Contractions without apostrophes, nynorsk and a common typo of *egentlig*."""
    assert pitfall in analyse(typed).pitfalls
