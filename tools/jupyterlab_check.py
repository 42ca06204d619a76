"""Run a small notebook in a real JupyterLab opened in headless Chromium and check that its widgets render.

Used by `nbs/60_widgets.ipynb` (a `#| slow` cell) and runnable alone:

    python tools/jupyterlab_check.py --screenshot /tmp/lab.png

What it does: writes the notebook into a fresh temporary root, starts `jupyter lab` on 127.0.0.1 (free port,
no token, private settings/runtime dirs), opens the notebook in headless Chromium driven by Selenium with the
Debian `chromium` + `chromium-driver` binaries (no browser download), runs every cell with the toolbar's ▶ (as a person would; a kernel-choice dialog is accepted),
waits for the widget DOM, runs the caller's `interact(driver)` checks (real clicks on widgets), collects the
browser console, saves a screenshot, and shuts everything down, checking that no process it started is left.
Needs: `apt-get install -y chromium chromium-driver` and `pip install selenium jupyterlab ipywidgets`.
"""
from __future__ import annotations
import json, os, shutil, signal, socket, subprocess, sys, tempfile, time, urllib.request
from pathlib import Path

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# console lines that are not errors of the page's own code
BENIGN = ("favicon.ico", "/api/workspaces", "/lab/api/listings", "/lab/api/news")


class LabCheckError(RuntimeError):
    "The JupyterLab check could not run or found a problem."


def require_browser():
    "Fail loudly (never skip) when the browser or its driver is missing."
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if missing:
        raise LabCheckError(f"the JupyterLab widget check needs {' and '.join(missing)}; install them with "
                            "`apt-get install -y chromium chromium-driver` (CI does this before running slow cells)")
    try: import selenium  # noqa: F401
    except ImportError: raise LabCheckError("the JupyterLab widget check needs selenium: pip install selenium") from None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0)); return s.getsockname()[1]


def write_notebook(path:Path, cells:list[str]):
    nb = {"nbformat": 4, "nbformat_minor": 5,
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
                       "language_info": {"name": "python"}},
          "cells": [{"cell_type": "code", "id": f"c{i}", "metadata": {}, "execution_count": None, "outputs": [], "source": c}
                    for i, c in enumerate(cells)]}
    path.write_text(json.dumps(nb, indent=1))


def _tree(pid:int) -> set[int]:
    import psutil
    try:
        p = psutil.Process(pid); return {pid} | {c.pid for c in p.children(recursive=True)}
    except psutil.NoSuchProcess: return set()


def _alive(pids:set[int]) -> list[int]:
    import psutil
    out = []
    for pid in pids:
        try:
            p = psutil.Process(pid)
            if p.status() != psutil.STATUS_ZOMBIE: out.append(pid)
        except psutil.NoSuchProcess: pass
    return out


def _kill(pids:set[int], wait:float=10):
    import psutil
    procs = []
    for pid in pids:
        try: procs.append(psutil.Process(pid))
        except psutil.NoSuchProcess: pass
    for p in procs:
        try: p.terminate()
        except psutil.NoSuchProcess: pass
    _, alive = psutil.wait_procs(procs, timeout=wait)
    for p in alive:
        try: p.kill()
        except psutil.NoSuchProcess: pass
    psutil.wait_procs(alive, timeout=5)


def run_lab_check(cells:list[str],                 # code cells of the notebook to run
                  expect_css:list[str]=(".jupyter-widgets",), # selectors that must appear in the outputs
                  interact=None,                   # optional `interact(driver, wait)` doing clicks and asserting
                  screenshot:str|Path|None=None,   # where to save a PNG of the page
                  timeout:float=150,               # seconds for the whole run-and-render
                  window:tuple[int,int]=(1280, 1000), # browser window size
                  max_png_bytes:int=300_000,       # screenshot is quantised to stay under this
                  cwd_env:dict|None=None,          # extra environment for the server and kernel
                  debug_dir:str|Path|None=None,    # on failure: page screenshot, HTML, console and server log land here
                 ) -> dict:
    "Run `cells` in JupyterLab in headless Chromium; return a report (timings, counts, console); raise `LabCheckError` on problems."
    require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    t0 = time.time(); report = {"steps": {}}
    root = Path(tempfile.mkdtemp(prefix="trajsft-lab-"))
    (root / "nb").mkdir()
    write_notebook(root / "nb" / "check.ipynb", cells)
    settings = root / "settings" / "@jupyterlab" / "apputils-extension"; settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    port = free_port()
    env = {**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(root / "settings"), "JUPYTERLAB_WORKSPACES_DIR": str(root / "ws"),
           "JUPYTER_RUNTIME_DIR": str(root / "runtime"), "OMP_NUM_THREADS": "1", "MPLBACKEND": "module://matplotlib_inline.backend_inline",
           "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}", **(cwd_env or {})}
    env.pop("JPY_SESSION_NAME", None)
    log = open(root / "server.log", "w")
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--IdentityProvider.token=", f"--port={port}",
           "--ServerApp.ip=127.0.0.1", "--ServerApp.port_retries=0", f"--ServerApp.root_dir={root / 'nb'}",
           "--ServerApp.terminals_enabled=False", "--LabApp.news_url="]
    if hasattr(os, "geteuid") and os.geteuid() == 0: cmd.append("--allow-root")  # CI containers run as root
    server = subprocess.Popen(cmd,
                              cwd=root / "nb", env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    driver, started = None, set()
    try:
        base = f"http://127.0.0.1:{port}"
        while True:
            if server.poll() is not None:
                raise LabCheckError(f"jupyter lab exited with {server.returncode}:\n{(root / 'server.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(base + "/api/status", timeout=2) as r:
                    if r.status == 200: break
            except OSError: pass
            if time.time() - t0 > 60: raise LabCheckError(f"jupyter lab did not answer on {base} within 60s")
            time.sleep(0.5)
        report["steps"]["server_up_s"] = round(time.time() - t0, 1)
        opts = webdriver.ChromeOptions()
        opts.binary_location = CHROMIUM
        for f in CHROME_FLAGS + [f"--user-data-dir={root / 'chrome'}", f"--window-size={window[0]},{window[1]}"]: opts.add_argument(f)
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        service = Service(CHROMEDRIVER, log_output=str(root / "chromedriver.log"))
        driver = webdriver.Chrome(service=service, options=opts)
        started |= _tree(service.process.pid)
        wait = lambda cond, t=timeout, msg="": WebDriverWait(driver, t, poll_frequency=0.3).until(cond, msg)
        driver.get(base + "/lab/tree/check.ipynb")
        wait(lambda d: d.find_elements(By.CSS_SELECTOR, ".jp-Notebook .jp-Cell"), 90, "the notebook did not open in JupyterLab")
        started |= _tree(server.pid)
        report["steps"]["page_ready_s"] = round(time.time() - t0, 1)
        # the kernel is ready when the status bar says so
        def kernel_ready(d):
            _accept_kernel_dialog(d, By)
            return d.execute_script(
                "const s = [...document.querySelectorAll('.jp-Notebook-ExecutionIndicator')].map(e => e.getAttribute('data-status'));"
                "const n = [...document.querySelectorAll('.jp-KernelName, .jp-Toolbar-kernelName')].map(e => e.textContent);"
                "return s.length > 0 && s.every(x => x === 'idle') && n.length > 0 && n.every(t => t && !t.includes('No Kernel'));")
        wait(kernel_ready, 90, "the notebook's kernel never became idle")
        # run the cells as a person would: the toolbar's ▶ (run cell and select next), once per cell
        run = wait(lambda d: next((e for e in d.find_elements(By.CSS_SELECTOR, "[data-command='notebook:run-cell-and-select-next']")
                                   if e.is_displayed()), None), 30, "no ▶ run button in the notebook toolbar")
        for _ in cells:
            _accept_kernel_dialog(driver, By)
            run.click(); time.sleep(0.5)
        _accept_kernel_dialog(driver, By)
        n = len(cells)
        def all_ran(d):
            _accept_kernel_dialog(d, By)
            prompts = [e.text.strip() for e in d.find_elements(By.CSS_SELECTOR, ".jp-CodeCell .jp-InputArea-prompt")]
            prompts = prompts[:n]  # ▶ on the last cell adds an empty one below
            return len(prompts) == n and all(p.startswith("[") and p[1:-2].strip().isdigit() for p in prompts)
        wait(all_ran, timeout, "not every cell finished (some prompt is not [n]:)")
        report["steps"]["cells_ran_s"] = round(time.time() - t0, 1)
        for css in expect_css:
            wait(lambda d: d.find_elements(By.CSS_SELECTOR, f".jp-OutputArea-output {css}"), 30, f"no {css} in the outputs")
        report["counts"] = {css: len(driver.find_elements(By.CSS_SELECTOR, f".jp-OutputArea-output {css}")) for css in expect_css}
        errors = [e.text[:500] for e in driver.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
                  if "Traceback" in e.text or "Error" in e.text]
        text = driver.find_element(By.CSS_SELECTOR, ".jp-Notebook").text
        if "Error displaying widget" in text or "Failed to load model class" in text:
            errors.append("a widget failed to display: " + text[text.find("Error displaying widget"):][:300])
        if errors: raise LabCheckError("the notebook produced errors:\n" + "\n".join(errors))
        if interact is not None:
            report["interact"] = interact(driver, wait)
            report["steps"]["interact_s"] = round(time.time() - t0, 1)
        if screenshot is not None:
            for tab in driver.find_elements(By.CSS_SELECTOR, ".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current"):
                tab.click()  # fold the file browser away: more room for the notebook
            driver.execute_script("document.querySelectorAll('.jp-WindowedPanel-outer, .jp-Notebook').forEach(e => e.scrollTop = 0);")
            time.sleep(0.5)
            report["screenshot"] = str(_save_png(driver.get_screenshot_as_png(), Path(screenshot), max_png_bytes))
        logs = driver.get_log("browser")
        severe = [l for l in logs if l.get("level") == "SEVERE"]
        report["console"] = {"entries": len(logs), "severe": [l["message"][:300] for l in severe]}
        js_errors = [l["message"] for l in severe if not any(b in l["message"] for b in BENIGN)]
        if js_errors: raise LabCheckError("JavaScript errors in the browser console:\n" + "\n".join(m[:400] for m in js_errors))
        return report
    except Exception:
        if debug_dir is not None and driver is not None:  # what the page looked like when it went wrong
            d = Path(debug_dir); d.mkdir(parents=True, exist_ok=True)
            try:
                driver.save_screenshot(str(d / "failure.png")); (d / "failure.html").write_text(driver.page_source)
                (d / "console.json").write_text(json.dumps(driver.get_log("browser"), indent=1))
            except Exception: pass
            shutil.copy(root / "server.log", d / "server.log")
        raise
    finally:
        started |= _tree(server.pid)
        if driver is not None:
            started |= _tree(driver.service.process.pid)
            try: driver.quit()
            except Exception: pass
        try:
            urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/api/shutdown", method="POST"), timeout=5)
            server.wait(15)
        except Exception: pass
        _kill(started | {server.pid}, wait=10)
        if server.poll() is None: server.kill(); server.wait(5)
        log.close()
        left = _alive(started | {server.pid})
        report["leftover_processes"] = left
        report["seconds"] = round(time.time() - t0, 1)
        shutil.rmtree(root, ignore_errors=True)
        if left: raise LabCheckError(f"processes still running after shutdown: {left}")


def _accept_kernel_dialog(driver, By):
    "If JupyterLab asks which kernel to use, take the preferred one (Python 3), as a person would."
    for dlg in driver.find_elements(By.CSS_SELECTOR, ".jp-Dialog"):
        if "Select Kernel" in dlg.text:
            btn = [b for b in dlg.find_elements(By.CSS_SELECTOR, "button") if b.text.strip() == "Select"]
            if btn: btn[0].click(); time.sleep(1)


def _save_png(png:bytes, path:Path, max_bytes:int) -> Path:
    "Write the screenshot, quantised (and if need be scaled down) until it is under `max_bytes`."
    from PIL import Image
    import io
    img = Image.open(io.BytesIO(png)).convert("RGB")
    colors, scale = 128, 1.0
    while True:
        im = img if scale == 1.0 else img.resize((int(img.width * scale), int(img.height * scale)), Image.LANCZOS)
        buf = io.BytesIO(); im.quantize(colors=colors).save(buf, format="PNG", optimize=True)
        if buf.tell() <= max_bytes or scale < 0.3: break
        colors, scale = max(32, colors // 2), scale * (0.85 if colors <= 32 else 1.0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    return path


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--screenshot", default=None)
    ap.add_argument("--debug-dir", default=None)
    a = ap.parse_args()
    cells = ["from trajsft.widgets import *\nTrajectoryBrowser(str(sample_runs_dir() / '*.traj.json'))"]
    print(json.dumps(run_lab_check(cells, [".widget-dropdown", ".trajsft-browser"], screenshot=a.screenshot, debug_dir=a.debug_dir), indent=1))
