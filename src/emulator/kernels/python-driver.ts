/**
 * The Python the emulator runs beside a kernel's code, written into the session folder:
 *
 * - `NOTEBOOK_DRIVER` executes a notebook's code cells in order in one namespace (as a Jupyter
 *   kernel does), stops at the first raising cell, and writes the executed notebook (stream,
 *   `execute_result`, `display_data` and `error` outputs, execution counts) to its second
 *   argument. The cells' stdout/stderr also go to its own stdout/stderr as they are produced, so
 *   the run log fills while the notebook runs. Lines starting with `!` run in a shell; other
 *   IPython magics (`%…`, `%%…`) are skipped with a note.
 * - `OFFLINE_SITECUSTOMIZE` is imported at start-up when `enable_internet` is false: Python's
 *   sockets refuse every address but loopback ones (Unix sockets still work).
 */

export const NOTEBOOK_DRIVER = String.raw`
import ast, json, linecache, os, subprocess, sys, traceback

src_path, out_path = sys.argv[1], sys.argv[2]
real_out, real_err = sys.stdout, sys.stderr

def note(text):
    real_err.write("[NbConvertApp] " + text + "\n")
    real_err.flush()

def text_of(source):
    return "".join(source) if isinstance(source, list) else (source or "")

def lines_of(text):
    return text.splitlines(True)

class Tee:
    def __init__(self, name, real, outputs):
        self.name, self.real, self.outputs = name, real, outputs
    def write(self, data):
        if not isinstance(data, str):
            data = str(data)
        self.real.write(data)
        self.real.flush()
        last = self.outputs[-1] if self.outputs else None
        if last is not None and last.get("output_type") == "stream" and last.get("name") == self.name:
            last["_text"] += data
        else:
            self.outputs.append({"output_type": "stream", "name": self.name, "_text": data})
        return len(data)
    def flush(self):
        self.real.flush()
    def isatty(self):
        return False
    @property
    def encoding(self):
        return "utf-8"

def rich(value):
    data = {"text/plain": repr(value)}
    for mime, attr in (("text/html", "_repr_html_"), ("text/markdown", "_repr_markdown_"), ("image/png", "_repr_png_")):
        fn = getattr(value, attr, None)
        if callable(fn):
            try:
                got = fn()
            except Exception:
                got = None
            if got:
                data[mime] = got if isinstance(got, str) else __import__("base64").b64encode(got).decode("ascii")
    return data

current = {"outputs": []}

def display(*values, **kwargs):
    for v in values:
        current["outputs"].append({"output_type": "display_data", "data": rich(v), "metadata": {}})

def shell(command):
    done = subprocess.run(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    sys.stdout.write(done.stdout.decode("utf-8", "replace"))

def shell_lines(text):
    """'!cmd' lines become shell calls in place; other magics are skipped (line numbers are kept)."""
    kept = []
    for line in text.split("\n"):
        stripped = line.lstrip()
        indent = line[: len(line) - len(stripped)]
        if stripped.startswith("!"):
            kept.append(indent + "__kaggle_shell__(" + repr(stripped[1:]) + ")")
        elif stripped.startswith("%"):
            kept.append(indent + "__kaggle_note__(" + repr("[kaggle-emulator] IPython magic skipped: " + stripped + "\n") + ")")
        else:
            kept.append(line)
    return "\n".join(kept)

def run_cell(code, name, namespace):
    tree = ast.parse(code, name, "exec")
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    exec(compile(tree, name, "exec"), namespace)
    if last is not None:
        return eval(compile(last, name, "eval"), namespace)
    return None

def error_output(exc):
    here = os.path.abspath(__file__)
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if os.path.abspath(f.filename) != here]
    tb = ["Traceback (most recent call last):"]
    tb += [line.rstrip("\n") for line in traceback.format_list(frames)]
    tb += [line.rstrip("\n") for line in traceback.format_exception_only(type(exc), exc)]
    return {"output_type": "error", "ename": type(exc).__name__, "evalue": str(exc), "traceback": tb}

def finish_outputs(outputs):
    for o in outputs:
        if "_text" in o:
            o["text"] = lines_of(o.pop("_text"))
    return outputs

def main():
    with open(src_path, encoding="utf-8") as f:
        nb = json.load(f)
    note("Converting notebook __notebook__.ipynb to notebook")
    namespace = {"__name__": "__main__", "display": display, "__kaggle_shell__": shell, "__kaggle_note__": lambda t: sys.stderr.write(t)}
    count = 0
    failed = None
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        if failed is not None:
            cell["outputs"], cell["execution_count"] = [], None
            continue
        count += 1
        cell["execution_count"] = count
        outputs = []
        current["outputs"] = outputs
        sys.stdout, sys.stderr = Tee("stdout", real_out, outputs), Tee("stderr", real_err, outputs)
        source = text_of(cell.get("source"))
        name = "<cell %d>" % count
        linecache.cache[name] = (len(source), None, lines_of(source), name)
        try:
            value = run_cell(shell_lines(source), name, namespace)
            if value is not None:
                outputs.append({"output_type": "execute_result", "execution_count": count, "data": rich(value), "metadata": {}})
        except SystemExit as e:
            if e.code not in (None, 0):
                failed = (source, error_output(e))
                outputs.append(failed[1])
        except BaseException as e:
            failed = (source, error_output(e))
            outputs.append(failed[1])
        finally:
            sys.stdout, sys.stderr = real_out, real_err
        cell["outputs"] = finish_outputs(outputs)
    text = json.dumps(nb, indent=1, ensure_ascii=False) + "\n"
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(text)
    note("Writing %d bytes to __notebook__.ipynb" % len(text.encode("utf-8")))
    if failed is not None:
        source, err = failed
        real_err.write("An error occurred while executing the following cell:\n------------------\n" + source + "\n------------------\n\n")
        real_err.write("\n".join(err["traceback"]) + "\n")
        real_err.flush()
        sys.exit(1)

main()
`;

export const OFFLINE_SITECUSTOMIZE = String.raw`
import ipaddress, socket

def _loopback(address):
    host = address[0] if isinstance(address, tuple) else None
    if host is None:
        return True
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False

def _refuse(address):
    raise OSError(101, "Network is unreachable (this kernel runs with enable_internet: false)")

_connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex

def connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address):
        _refuse(address)
    return _connect(self, address)

def connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address):
        return 101
    return _connect_ex(self, address)

socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
`;
