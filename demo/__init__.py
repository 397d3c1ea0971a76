"""The demo data of `make run`: the project-level orchestration of every app's demo.

Each app keeps its own `demo` module (`muat(stdout)`); only this app, at the top of the
graph, knows them all and their order. Nothing imports it."""
