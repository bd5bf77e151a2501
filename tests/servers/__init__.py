"""Servers the tests talk to on 127.0.0.1: the fault-injecting server and the Prism mock."""
