"""Checks on a scenario's structure that a schema cannot express.

Missing targets, unreachable nodes, dead ends, endings never reached, nodes
without a fallback, gaps in the trust ranges of lines, and more. Every problem
is reported, with the place in the file.
"""

from __future__ import annotations

import difflib
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path

from samtale_tui.scenarios.catalogue import listing
from samtale_tui.scenarios.loader import load_scenario
from samtale_tui.scenarios.model import Scenario
from samtale_tui.scenarios.problems import Problem, ScenarioError


def _did_you_mean(name: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return f" (mente du '{close[0]}'?)" if close else ""


def check_structure(scenario: Scenario, file: str) -> list[Problem]:
    """Return every structural problem in a validated scenario."""
    problems: list[Problem] = []
    targets = list(scenario.nodes) + list(scenario.endings)

    def error(place: str, message: str) -> None:
        problems.append(Problem(file, place, message, "error"))

    def warn(place: str, message: str) -> None:
        problems.append(Problem(file, place, message, "warning"))

    for dup in sorted(set(scenario.nodes) & set(scenario.endings)):
        error(f"endings.{dup}", f"'{dup}' er både en node og en slutt; id-ene må være unike")

    if scenario.start not in scenario.nodes:
        error(
            "start",
            f"ingen node heter '{scenario.start}'{_did_you_mean(scenario.start, scenario.nodes)}",
        )
    if scenario.on_turn_limit not in scenario.endings:
        error(
            "on_turn_limit",
            f"ingen slutt heter '{scenario.on_turn_limit}'"
            f"{_did_you_mean(scenario.on_turn_limit, scenario.endings)}",
        )

    flags_set = {f for n in scenario.nodes.values() for b in n.branches for f in b.set_flags}
    edges: dict[str, set[str]] = {}
    for node_id, node in scenario.nodes.items():
        base = f"nodes.{node_id}"
        edges[node_id] = set()
        fallback_at: int | None = None
        for i, branch in enumerate(node.branches):
            place = f"{base}.branches[{i}]"
            if scenario.target_kind(branch.goto) == "missing":
                error(
                    f"{place}.goto",
                    f"ingen node eller slutt heter '{branch.goto}'{_did_you_mean(branch.goto, targets)}",
                )
            else:
                edges[node_id].add(branch.goto)
            if fallback_at is not None:
                warn(
                    place,
                    f"kan aldri velges: branches[{fallback_at}] foran den passer til alle svar",
                )
            if branch.when.is_fallback() and fallback_at is None:
                fallback_at = i
            when = branch.when
            for flag in when.flags_all or []:
                if flag not in flags_set:
                    warn(f"{place}.when.flags_all", f"flagget '{flag}' settes aldri av noen gren")
            if (
                when.min_trust is not None
                and when.max_trust is not None
                and when.min_trust > when.max_trust
            ):
                error(f"{place}.when", "min_trust er større enn max_trust: grenen kan aldri passe")
            if (
                when.min_turn is not None
                and when.max_turn is not None
                and when.min_turn > when.max_turn
            ):
                error(f"{place}.when", "min_turn er større enn max_turn: grenen kan aldri passe")
            if (
                when.min_score is not None
                and when.max_score is not None
                and when.min_score > when.max_score
            ):
                error(f"{place}.when", "min_score er større enn max_score: grenen kan aldri passe")
        if fallback_at is None:
            error(
                f"{base}.branches",
                "ingen reservegren: legg til en siste gren uten 'when', så alle svar har en vei videre",
            )
        if edges[node_id] and edges[node_id] <= {node_id}:
            error(f"{base}", "blindvei: alle grenene fører tilbake hit, og noden er ingen slutt")
        covered = sorted((line.min_trust, line.max_trust) for line in node.lines)
        reach = -1
        for lo, hi in covered:
            if lo > reach + 1:
                error(f"{base}.lines", f"ingen replikk for tillit {reach + 1} til {lo - 1}")
            reach = max(reach, hi)
        if reach < 100:
            error(f"{base}.lines", f"ingen replikk for tillit {reach + 1} til 100")
        if not any(r.quality == "good" for r in node.replies):
            error(f"{base}.replies", 'ingen svar med quality = "good": hintet trenger ett')
        if len({r.quality for r in node.replies}) < 2:
            warn(
                f"{base}.replies",
                "alle svarene har samme kvalitet; menymodus trenger et reelt valg",
            )

    # Reachability from the start node.
    seen: set[str] = set()
    if scenario.start in scenario.nodes:
        queue = deque([scenario.start])
        while queue:
            current = queue.popleft()
            if current in seen:
                continue
            seen.add(current)
            queue.extend(t for t in edges.get(current, ()) if t not in seen)
        for node_id in scenario.nodes:
            if node_id not in seen:
                error(f"nodes.{node_id}", "kan ikke nås: ingen gren fra starten fører hit")
        reached_endings = {t for t in seen if t in scenario.endings}
        reached_endings.add(scenario.on_turn_limit)
        if not (seen & set(scenario.endings)):
            error("endings", "ingen slutt kan nås fra startnoden")
        for ending_id in scenario.endings:
            if ending_id not in reached_endings:
                warn(f"endings.{ending_id}", "nås aldri: ingen gren fører til denne slutten")

    # Nodes from which no ending can be reached (a loop with no way out).
    reverse: dict[str, set[str]] = {}
    for src, dsts in edges.items():
        for dst in dsts:
            reverse.setdefault(dst, set()).add(src)
    can_end: set[str] = set()
    queue2 = deque(e for e in scenario.endings)
    while queue2:
        current = queue2.popleft()
        for src in reverse.get(current, ()):
            if src not in can_end:
                can_end.add(src)
                queue2.append(src)
    for node_id in scenario.nodes:
        if node_id in seen and node_id not in can_end:
            error(
                f"nodes.{node_id}",
                "ingen slutt kan nås herfra (en løkke uten vei ut)",
            )

    if scenario.agreement.measures:
        for i, measure in enumerate(scenario.agreement.measures):
            missing = [
                f
                for f in ("why", "who", "how_long", "evaluate", "if_not_working")
                if not getattr(measure, f)
            ]
            if missing:
                warn(
                    f"agreement.measures[{i}]",
                    f"tiltaket er ikke konkret: fyll ut {', '.join(missing)}",
                )
    return problems


def scenario_files(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Expand folders into their ``*.toml`` files; report paths that do not exist."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            files.extend(listing([path]))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(str(path), "", "finner ingen slik fil eller mappe"))
    return files, problems


def load_and_check(path: Path, display: str) -> tuple[Scenario, list[Problem]]:
    """Load one file and check its structure.

    Raises:
        ScenarioError: when the file cannot be read or is not a valid scenario.
    """
    scenario = load_scenario(path, display)
    return scenario, check_structure(scenario, display)


Loader = Callable[[Path, str], tuple[Scenario, list[Problem]]]


def check_files(
    files: Iterable[Path], load: Loader = load_and_check
) -> tuple[list[Scenario], list[Problem]]:
    """Load and check scenario files; return the good scenarios and all problems.

    Args:
        files: the files, in the order to report them.
        load: how one file is loaded and checked (the library passes a cached one).
    """
    scenarios: list[Scenario] = []
    problems: list[Problem] = []
    owners: dict[str, str] = {}
    for path in files:
        display = str(path)
        try:
            scenario, found = load(path, display)
        except ScenarioError as exc:
            problems.extend(exc.problems)
            continue
        problems.extend(found)
        if scenario.id in owners:
            problems.append(
                Problem(
                    display,
                    "id",
                    f"scenario-id-en '{scenario.id}' er brukt to ganger (også i {owners[scenario.id]})",
                )
            )
            continue
        owners[scenario.id] = display
        if not any(p.severity == "error" for p in found):
            scenarios.append(scenario)
    return scenarios, problems
