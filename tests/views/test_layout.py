"""The page's layout: groups found and drawn apart, entities in no fact ringed around them."""

import math
import random

import networkx as nx

from kg.views.layout import SPACING, communities, group_radius, layout


def _two_cliques_and_a_pair() -> nx.Graph:
    graph = nx.Graph()
    graph.add_edges_from((f"a{i}", f"a{j}") for i in range(6) for j in range(i + 1, 6))
    graph.add_edges_from((f"b{i}", f"b{j}") for i in range(4) for j in range(i + 1, 4))
    graph.add_edge("a0", "b0")  # one bridge between the cliques
    graph.add_edge("p", "q")
    return graph


def test_communities_are_the_closely_linked_groups_largest_first():
    found = communities(_two_cliques_and_a_pair())
    assert found == [[f"a{i}" for i in range(6)], [f"b{i}" for i in range(4)], ["p", "q"]]


def test_the_same_graph_in_any_order_gets_the_same_layout():
    graph = _two_cliques_and_a_pair()
    edges = list(graph.edges)
    random.Random(7).shuffle(edges)
    shuffled = nx.Graph()
    shuffled.add_nodes_from(sorted(graph.nodes, reverse=True))
    shuffled.add_edges_from(edges)
    assert layout(graph, ["x", "y"]) == layout(shuffled, ["x", "y"])


def test_groups_are_drawn_apart_each_in_its_own_disk():
    graph = _two_cliques_and_a_pair()
    positions, groups = layout(graph, [])
    members: dict[int, list] = {}
    for node, number in groups.items():
        members.setdefault(number, []).append(positions[node])
    centres = {
        n: (sum(x for x, _ in ps) / len(ps), sum(y for _, y in ps) / len(ps))
        for n, ps in members.items()
    }
    for n, points in members.items():
        # every member lies in its group's disk
        assert all(math.dist(p, centres[n]) <= group_radius(len(points)) + 1 for p in points)
    for n in members:
        for m in members:
            if n < m:
                # no two members of different groups are closer than half a spacing
                closest = min(math.dist(p, q) for p in members[n] for q in members[m])
                assert closest >= SPACING * 0.5


def test_entities_in_no_fact_are_ringed_outside_the_groups():
    graph = _two_cliques_and_a_pair()
    alone = [f"z{i}" for i in range(30)]
    positions, groups = layout(graph, alone)
    assert set(groups) == set(graph.nodes)  # the entities in no fact belong to no group
    outermost = max(math.hypot(*positions[n]) for n in graph.nodes)
    assert min(math.hypot(*positions[n]) for n in alone) > outermost
    assert len({positions[n] for n in alone}) == len(alone)  # each has a place of its own


def test_a_graph_of_entities_in_no_fact_only():
    positions, groups = layout(nx.Graph(), ["x", "y", "z"])
    assert groups == {} and len(set(positions.values())) == 3
