"""Validates every *.json file in a folder against a JSON Schema (Debrief's report or lint
schema, or SARIF's, each in the draft it declares).

Usage: validate.py SCHEMA FOLDER. Prints one line per invalid file and a closing
"N valid, M invalid" line; exits 1 when any file is invalid.
"""
import json
import pathlib
import sys

import jsonschema


def main() -> int:
    schema = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    valid = invalid = 0
    for path in sorted(pathlib.Path(sys.argv[2]).glob("*.json")):
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        if errors:
            invalid += 1
            for error in errors:
                where = "/".join(str(part) for part in error.absolute_path)
                print(f"{path.name}: /{where}: {error.message}")
        else:
            valid += 1
    print(f"{valid} valid, {invalid} invalid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
