#!/usr/bin/env python3
"""End-to-end test of `hexaglot serve` in headless Chromium (selenium + chromedriver).

Over a temporary copy of the demo project (Letters/, Glossaries/) with people made by
`hexaglot user add`: a Russian translator signs in, opens CL-19/73 in Russian, inserts the top
memory suggestion into a new segment and saves it (Ctrl+Enter); a Russian reviewer approves
it; the dashboard's Russian cell for CL-19/73 changes; the coordinator imports a Spanish post
from the dashboard (a broken Word file is refused with its name) and downloads the Russian
letter as Markdown and XLIFF; the browser console stays free of errors. A translation stored
meanwhile by the command line (another process) appears on the open review page without a
reload, and can be reviewed there. Screenshots of the dashboard, the editor in Russian and in
Arabic, and the review page (before and after the live update) are written to the folder given (printed at the end).

Usage: workspace_e2e.py HEXAGLOT_BINARY PROJECT_ROOT SCREENSHOT_FOLDER
Exit 0 on success; a failure prints what went wrong and exits 1.
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "пароль-надёжный-2020"
# A memory from another project with a sentence close to one the Russian translation lacks
# (the demo's Russian memory holds only CL-19/73's letter body, nothing near its Annex).
MEMORY = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="e2e" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="fr" datatype="plaintext"/>
<body><tu>
<tuv xml:lang="fr"><seg>à participer pleinement à la mise en œuvre du Programme Connect 2030.</seg></tuv>
<tuv xml:lang="ru"><seg>в полной мере участвовать в осуществлении Повестки дня «Соединим к 2030 году».</seg></tuv>
</tu></body></tmx>
"""
PEOPLE = [("olga", "translator", "ru"), ("ivan", "reviewer", "ru"), ("amina", "coordinator", None)]
# A post the coordinator uploads from the dashboard: Spanish as its source.
POST_REFERENCE = "ITU-BLOG-2020-WTISD"
POST = """---
reference: ITU-BLOG-2020-WTISD
kind: post
title: "Día Mundial de las Telecomunicaciones y de la Sociedad de la Información 2020"
language: es
---
# Conectar 2030: las TIC al servicio de los Objetivos de Desarrollo Sostenible

El 17 de mayo celebramos el Día Mundial de las Telecomunicaciones y de la Sociedad de la Información.

La **Agenda Conectar 2030** orienta la labor de la UIT hacia un mundo conectado.
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(binary, folder, args, stdin=None):
    done = subprocess.run([binary] + args, cwd=folder, input=stdin, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"hexaglot {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return done.stdout


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en"]:
        options.add_argument(a)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


class Check:
    def __init__(self, driver, base, shots):
        self.d, self.base, self.shots = driver, base, shots
        self.console = []

    def wait(self, condition, seconds=20):
        return WebDriverWait(self.d, seconds).until(condition)

    def drain_console(self, where, expected=None):
        """Keeps the console's warnings and errors, but the network error `expected` names (a
        request the test makes fail on purpose, which Chromium logs as an error)."""
        for entry in self.d.get_log("browser"):
            if entry["level"] in ("SEVERE", "WARNING"):
                if expected and expected in entry["message"]:
                    continue
                self.console.append(f"{where}: {entry['level']} {entry['message']}")

    def fetch(self, url):
        """GETs `url` from the page (with its session): [status, Content-Disposition, text]."""
        return self.d.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "fetch(arguments[0], {credentials: 'same-origin'})"
            ".then(async r => done([r.status, r.headers.get('content-disposition'), await r.text()]))"
            ".catch(e => done([0, null, String(e)]));", url)

    def shot(self, name):
        path = os.path.join(self.shots, name)
        self.d.save_screenshot(path)
        print(f"screenshot: {path}")

    def sign_in(self, name):
        self.d.delete_all_cookies()
        self.d.get(self.base + "/login")
        self.d.find_element(By.ID, "name").send_keys(name)
        self.d.find_element(By.ID, "password").send_keys(PASSWORD)
        self.d.find_element(By.ID, "sign-in").click()
        self.wait(EC.presence_of_element_located((By.ID, "heat-map")))
        assert name in self.d.find_element(By.CSS_SELECTOR, "header.top .who").text, "signed-in name not shown"
        self.drain_console(f"dashboard as {name}")

    def ru_cell(self):
        cell = self.d.find_element(By.CSS_SELECTOR, 'tr[data-reference="CL-19/73"] td[data-lang="ru"]')
        return cell.get_attribute("data-percent"), cell.get_attribute("data-drafts"), cell.text

    def sign_out(self):
        self.d.find_element(By.CSS_SELECTOR, "form.logout button").click()
        self.wait(EC.presence_of_element_located((By.ID, "login")))


def main():
    binary, root, shots = (os.path.abspath(a) for a in sys.argv[1:4])
    os.makedirs(shots, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="hexaglot-e2e-")
    server = None
    driver = None
    try:
        for name in ("Letters", "Glossaries"):
            shutil.copytree(os.path.join(root, name), os.path.join(folder, name))
        for name, role, lang in PEOPLE:
            run(binary, folder, ["user", "add", name, "--role", role, "--password-stdin"] + (["--lang", lang] if lang else []), stdin=PASSWORD + "\n")
        with open(os.path.join(folder, "partners.tmx"), "w", encoding="utf-8") as f:
            f.write(MEMORY)
        run(binary, folder, ["tm", "import", "partners.tmx"])
        port = free_port()
        log = open(os.path.join(folder, "serve.log"), "w")
        server = subprocess.Popen([binary, "serve", "--port", str(port)], cwd=folder, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/login", timeout=2)
                break
            except Exception:
                if server.poll() is not None:
                    raise SystemExit("hexaglot serve exited: " + open(os.path.join(folder, "serve.log")).read())
                time.sleep(0.2)

        driver = browser()
        c = Check(driver, base, shots)

        # The translator: the dashboard, then CL-19/73 in Russian from its cell.
        c.sign_in("olga")
        before = c.ru_cell()
        c.shot("dashboard-before.png")
        driver.find_element(By.CSS_SELECTOR, 'tr[data-reference="CL-19/73"] td[data-lang="ru"] a').click()
        c.wait(EC.presence_of_element_located((By.CSS_SELECTOR, "li.seg.active")))
        assert driver.find_element(By.CSS_SELECTOR, "li.seg .tgt").get_attribute("lang") == "ru"

        # A new segment with a memory suggestion: activate each new one until the panel shows one.
        chosen = None
        for seg in driver.find_elements(By.CSS_SELECTOR, 'li.seg[data-status="new"]'):
            seg.find_element(By.CSS_SELECTOR, ".tgt").click()
            number = seg.get_attribute("data-number")
            c.wait(lambda d: d.find_element(By.ID, "active-number").text == number)
            try:
                c.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#suggestions li[data-rank='1']")
                       or d.find_elements(By.CSS_SELECTOR, "#suggestions li.none"), 10)
            except Exception:
                continue
            if driver.find_elements(By.CSS_SELECTOR, "#suggestions li[data-rank='1']"):
                chosen = seg
                break
        assert chosen is not None, "no new Russian segment of CL-19/73 has a memory suggestion"
        number = chosen.get_attribute("data-number")
        top = driver.find_element(By.CSS_SELECTOR, "#suggestions li[data-rank='1'] .suggestion-target").text
        target = chosen.find_element(By.CSS_SELECTOR, ".tgt")
        target.send_keys(Keys.CONTROL, "1")
        c.wait(lambda d: target.text.strip() != "")
        assert target.text.strip() == top.strip(), f"inserted {target.text!r}, suggestion was {top!r}"
        c.shot("editor-ru.png")
        target.send_keys(Keys.CONTROL, Keys.ENTER)
        c.wait(lambda d: chosen.get_attribute("data-status") == "translated")
        c.wait(lambda d: d.find_element(By.ID, "active-number").text != number)
        message = driver.find_element(By.ID, "message").text
        assert f"Segment {number} saved" in message, message
        c.drain_console("editor ru")

        # A code chip removed from a translation: the save is refused, nothing stored.
        coded = driver.find_element(By.CSS_SELECTOR, "li.seg:has(.tgt .chip)")
        coded_number, version = coded.get_attribute("data-number"), coded.get_attribute("data-version")
        coded.find_element(By.CSS_SELECTOR, ".tgt").click()
        c.wait(lambda d: d.find_element(By.ID, "active-number").text == coded_number)
        label = driver.execute_script("const c = arguments[0].querySelector('.tgt .chip'); const t = c.textContent; c.remove(); return t;", coded)
        coded.find_element(By.CSS_SELECTOR, ".tgt").send_keys(Keys.CONTROL, Keys.ENTER)
        c.wait(lambda d: f"code {label} is missing" in d.find_element(By.ID, "message").text)
        assert coded.get_attribute("data-version") == version, "a translation without its code was stored"

        # The Arabic editor, right to left.
        driver.get(base + "/documents/CL-19-73/ar")
        c.wait(EC.presence_of_element_located((By.CSS_SELECTOR, "li.seg.active")))
        tgt = driver.find_element(By.CSS_SELECTOR, "li.seg .tgt")
        assert tgt.get_attribute("dir") == "rtl" and tgt.get_attribute("lang") == "ar", "Arabic target is not rtl"
        assert driver.execute_script("return getComputedStyle(arguments[0]).direction", tgt) == "rtl"
        # The panel filled in (not its "…" placeholders) before the picture.
        c.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#history li") and "…" not in d.find_element(By.ID, "history").text
               and "…" not in d.find_element(By.ID, "suggestions").text)
        c.shot("editor-ar.png")
        c.drain_console("editor ar")
        c.sign_out()

        # The reviewer approves the saved segment.
        c.sign_in("ivan")
        driver.get(base + "/documents/CL-19-73/ru/review")
        row = c.wait(EC.presence_of_element_located((By.ID, f"seg-{number}")))
        row.find_element(By.CSS_SELECTOR, "button[data-action='approve']").click()
        c.wait(lambda d: row.get_attribute("data-status") == "approved")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)
        c.shot("review-ru.png")
        c.drain_console("review ru")

        # Another writer (here the command line, another process) stores a translation while the
        # review page is open: the page shows it without being reloaded (the /api/events stream).
        other = driver.find_element(By.CSS_SELECTOR, 'li.seg[data-status="new"]')
        other_number = other.get_attribute("data-number")
        live_text = "Генеральный секретариат сообщает об этом всем членам МСЭ."
        run(binary, folder, ["translate", "CL-19/73", other_number, live_text, "--lang", "ru", "--as", "olga"])
        c.wait(lambda d: other.get_attribute("data-status") == "translated", 5)
        assert other.find_element(By.CSS_SELECTOR, ".tgt").text.strip() == live_text, "the review page did not show the new text"
        # It can be reviewed at once: the row gained the reviewer's actions.
        other.find_element(By.CSS_SELECTOR, "button[data-action='review']").click()
        c.wait(lambda d: other.get_attribute("data-status") == "reviewed")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", other)
        c.shot("review-ru-live.png")
        c.drain_console("review ru, live update")

        # The dashboard's Russian cell has changed.
        driver.get(base + "/dashboard")
        c.wait(EC.presence_of_element_located((By.ID, "heat-map")))
        after = c.ru_cell()
        assert after != before, f"the Russian cell did not change: {before} → {after}"
        assert float(after[0]) > float(before[0]), f"percent done did not grow: {before} → {after}"
        c.shot("dashboard-after.png")
        c.drain_console("dashboard after")

        # The history records the people.
        driver.get(base + f"/documents/CL-19-73/ru")
        driver.find_element(By.CSS_SELECTOR, f"#seg-{number} .tgt").click()
        c.wait(lambda d: "ivan" in d.find_element(By.ID, "history").text and "olga" in d.find_element(By.ID, "history").text)
        c.drain_console("history")

        c.sign_out()

        # The coordinator imports a post from the dashboard; a broken Word file is refused with its name.
        c.sign_in("amina")
        uploads = os.path.join(folder, "uploads")
        os.makedirs(uploads)
        post = os.path.join(uploads, f"{POST_REFERENCE}.es.md")
        with open(post, "w", encoding="utf-8") as f:
            f.write(POST)
        broken = os.path.join(uploads, "broken.fr.docx")
        with open(broken, "wb") as f:
            f.write(b"PK\x03\x04 this is not a Word document")
        driver.find_element(By.ID, "import-file").send_keys(broken)
        driver.find_element(By.ID, "import-submit").click()
        c.wait(lambda d: "not imported" in d.find_element(By.ID, "import-message").text)
        assert "broken.fr.docx" in driver.find_element(By.ID, "import-message").text
        c.drain_console("import broken", expected="filename=broken.fr.docx")
        driver.find_element(By.ID, "import-file").send_keys(post)
        driver.find_element(By.ID, "import-submit").click()
        c.wait(lambda d: d.find_element(By.ID, "import-message").text.startswith("Imported"))
        assert POST_REFERENCE in driver.find_element(By.ID, "import-results").text
        row = c.wait(EC.presence_of_element_located((By.CSS_SELECTOR, f'tr[data-reference="{POST_REFERENCE}"] td.source[data-lang="es"]')))
        assert driver.find_element(By.CSS_SELECTOR, f'tr[data-reference="{POST_REFERENCE}"] td[data-lang="zh"]').get_attribute("data-percent") == "0.00"
        # Its downloads: the Russian letter as Markdown with the approved segment, and XLIFF 2.1.
        links = driver.find_elements(By.CSS_SELECTOR, 'section.document[data-reference="CL-19/73"] tr[data-lang="ru"] a.export')
        hrefs = {a.text: a.get_attribute("href") for a in links}
        status, disposition, text = c.fetch(hrefs["file"])
        assert status == 200 and "CL-19-73.ru.md" in (disposition or ""), (status, disposition)
        assert top.strip() in text, "the exported Russian letter lacks the approved segment"
        status, disposition, text = c.fetch(hrefs["XLIFF"])
        assert status == 200 and "CL-19-73.ru.xlf" in (disposition or "") and 'version="2.1"' in text, (status, disposition, text[:200])
        source = driver.find_element(By.CSS_SELECTOR, f'section.document[data-reference="{POST_REFERENCE}"] tr[data-lang="es"] a.export').get_attribute("href")
        status, _, text = c.fetch(source)
        assert status == 200 and text == POST, "the uploaded post does not come back byte for byte"
        driver.execute_script("document.getElementById('import-heading').scrollIntoView()")
        c.shot("dashboard-coordinator.png")
        c.drain_console("dashboard coordinator")

        if c.console:
            raise AssertionError("browser console:\n" + "\n".join(c.console))
        print(f"ok: segment {number} of CL-19/73 translated by olga, approved by ivan; ru cell {before[2]!r} → {after[2]!r}")
        print(f"screenshots in {shots}")
    except Exception as e:
        print(f"FAILED: {type(e).__name__}: {e}", file=sys.stderr)
        if driver:
            try:
                driver.save_screenshot(os.path.join(shots, "failure.png"))
                print(f"page at failure: {os.path.join(shots, 'failure.png')}", file=sys.stderr)
            except Exception:
                pass
        sys.exit(1)
    finally:
        if driver:
            driver.quit()
        if server:
            server.terminate()
            try:
                server.wait(20)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
