#!/usr/bin/env python3
"""Snapshot of the voice TwiML that Twilio's official Python helper library can generate.

Reads the source of `twilio.twiml.voice_response` (the generated `VoiceResponse` builder of the
`twilio` package on PyPI) and writes, for every element tag the builders can produce:

- `attributes`: the attribute names its builder methods document (keyword parameters, converted
  the way the library converts them: `TwiML.MAP`, then snake_case to lowerCamelCase);
- `children`: the tags its builder methods append (`self.nest(Class(...))`);
- `text`: whether a builder can give it text content (a positional value such as `sip_url`).

Every builder method of a class contributes to the tag that class writes (`ReferSip` and `Sip` both
write `<Sip>`; `Say`'s and every SSML class's `break_` write `<break>`). Only the parameters each
method names are counted: `**kwargs` passes anything through and documents nothing.

Usage (writes Grammar/sdk/twilio-python-voice.json, sorted and stable):

    python3 -m venv /tmp/venv-twilio && /tmp/venv-twilio/bin/pip install 'twilio==9.*'
    /tmp/venv-twilio/bin/python Grammar/sdk/snapshot-twilio.py

Nothing but the standard library and the installed `twilio` package is needed; the snapshot does not
depend on the Python version (the module is read with `ast`, not run).
"""

import ast
import inspect
import json
import os
import sys

import twilio
import twilio.twiml as twiml_package
import twilio.twiml.voice_response as voice_response

OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "twilio-python-voice.json")


def attribute_name(keyword):
    """The attribute the library writes for a keyword argument (twilio.twiml.TwiML.__init__)."""
    return twiml_package.lower_camel(twiml_package.TwiML.MAP.get(keyword, keyword))


def class_tags(tree):
    """Tag written by each class (`self.name = "…"` in `__init__`), and its value parameters."""
    tags, values = {}, {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                params = [a.arg for a in item.args.args[1:]]
                assigned = set()
                for statement in ast.walk(item):
                    if isinstance(statement, ast.Assign):
                        for target in statement.targets:
                            if (
                                isinstance(target, ast.Attribute)
                                and isinstance(target.value, ast.Name)
                                and target.value.id == "self"
                            ):
                                if target.attr == "name" and isinstance(statement.value, ast.Constant):
                                    tags[node.name] = statement.value.value
                                if target.attr == "value" and isinstance(statement.value, ast.Name):
                                    assigned.add(statement.value.id)
                values[node.name] = [p for p in params if p in assigned]
    return tags, values


def nested_class(method):
    """The class a builder method appends: `return self.nest(Class(...))`."""
    for node in ast.walk(method):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "nest"
            and node.args
            and isinstance(node.args[0], ast.Call)
            and isinstance(node.args[0].func, ast.Name)
        ):
            return node.args[0].func.id
    return None


def main():
    source = inspect.getsource(voice_response)
    tree = ast.parse(source)
    tags, values = class_tags(tree)
    elements = {}

    def entry(tag):
        return elements.setdefault(tag, {"attributes": set(), "children": set(), "text": False})

    entry("Response")
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or node.name not in tags:
            continue
        parent = tags[node.name]
        entry(parent)
        for method in node.body:
            if not isinstance(method, ast.FunctionDef) or method.name.startswith("__"):
                continue
            child_class = nested_class(method)
            if child_class is None or child_class not in tags:
                continue
            child = tags[child_class]
            entry(parent)["children"].add(child)
            child_entry = entry(child)
            parameters = [a.arg for a in method.args.args[1:]] + [a.arg for a in method.args.kwonlyargs]
            for parameter in parameters:
                if parameter in values.get(child_class, []):
                    child_entry["text"] = True
                else:
                    child_entry["attributes"].add(attribute_name(parameter))
    snapshot = {
        "about": (
            "Voice TwiML names that Twilio's official Python helper library (twilio.twiml.voice_response) "
            "can generate: per element tag, the attributes its builder methods document, the child tags "
            "they append, and whether a builder gives it text. Generated by Grammar/sdk/snapshot-twilio.py; "
            "do not edit by hand (see Grammar/README.md, 'SDK snapshot')."
        ),
        "library": "twilio (PyPI)",
        "module": "twilio.twiml.voice_response",
        "version": twilio.__version__,
        "elements": {
            tag: {
                "attributes": sorted(value["attributes"]),
                "children": sorted(value["children"]),
                "text": value["text"],
            }
            for tag, value in sorted(elements.items())
        },
    }
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        json.dump(snapshot, handle, indent=2, sort_keys=False, ensure_ascii=False)
        handle.write("\n")
    count = sum(len(v["attributes"]) for v in snapshot["elements"].values())
    print(f"{OUTPUT}: twilio {twilio.__version__}, {len(elements)} elements, {count} attributes", file=sys.stderr)


if __name__ == "__main__":
    main()
