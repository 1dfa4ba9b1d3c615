"""Test doubles users may want too (local fakes of services promptguard talks to).

Nothing here is imported by promptguard itself; each module loads only when imported.
"""
