"""What Binder and the hubs build from: requirements.txt, runtime.txt, hub/config.yaml and the
commands of the instructor's guide (book/panduan-pengajar.md)."""
from __future__ import annotations

import re
from importlib import metadata

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from conftest import ROOT


def pinned() -> list[Requirement]:
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return [Requirement(line) for line in (l.split("#")[0].strip() for l in lines)
            if line and not line.startswith("-")]


def test_runtime_txt_names_a_python_every_pinned_package_runs_on():
    """repo2docker takes the Python version from runtime.txt (without it: 3.10). Each
    pinned package's own Requires-Python, as installed here, must admit it."""
    text = (ROOT / "runtime.txt").read_text(encoding="utf-8").strip()
    assert re.fullmatch(r"python-3\.\d+", text), text
    python = Version(text.removeprefix("python-"))
    refusing, refusing_310 = [], []
    for req in pinned():
        installed = metadata.version(req.name)
        assert installed in req.specifier, f"{req.name} {installed} is not {req}: make setup"
        needs = metadata.metadata(req.name).get("Requires-Python")
        if needs and python not in SpecifierSet(needs):
            refusing.append(f"{req.name} ({needs})")
        if needs and Version("3.10") not in SpecifierSet(needs):
            refusing_310.append(req.name)
    assert refusing == [], f"runtime.txt {python}: {refusing}"
    # why the file exists: repo2docker's default Python would not install the book
    assert "pandas" in refusing_310


# ------------------------------------------------------ the guide and hub/config.yaml
GUIDE = ROOT / "book" / "panduan-pengajar.md"
HUB_SECTIONS = ("## Menjalankan di Binder", "## Menjalankan di JupyterHub lembaga")


def guide_sections() -> str:
    """The guide's Binder and JupyterHub sections (up to the next level-2 heading)."""
    text = GUIDE.read_text(encoding="utf-8")
    parts = []
    for heading in HUB_SECTIONS:
        start = text.index(heading + "\n")
        end = text.find("\n## ", start + len(heading))
        parts.append(text[start:] if end < 0 else text[start:end])
    return "\n".join(parts)


def commands() -> list[str]:
    """The shell commands of those sections, continuation lines joined."""
    blocks = re.findall(r"```bash\n(.*?)```", guide_sections(), flags=re.S)
    joined = "\n".join(blocks).replace("\\\n", " ")
    return [" ".join(line.split("#")[0].split()) for line in joined.splitlines()
            if line.split("#")[0].strip()]


def hub_config() -> dict:
    import yaml

    return yaml.safe_load((ROOT / "hub" / "config.yaml").read_text(encoding="utf-8"))


def option(command: str, name: str) -> str:
    match = re.search(rf"{re.escape(name)}[ =](\S+)", command)
    assert match, f"{name} missing in: {command}"
    return match.group(1)


def test_the_image_the_guide_builds_is_the_image_the_hub_runs():
    build = next(c for c in commands() if c.startswith("jupyter-repo2docker "))
    assert "--no-run" in build.split() and build.endswith(" ."), build  # from the repository
    built = option(build, "--image-name")
    push = next(c for c in commands() if c.startswith("docker push "))
    assert push.split()[-1] == built
    image = hub_config()["singleuser"]["image"]
    assert f"{image['name']}:{image['tag']}" == built
    assert image["tag"] != "latest"


def test_the_image_fits_zero_to_jupyterhub():
    config, build = hub_config(), next(c for c in commands() if c.startswith("jupyter-repo2docker "))
    # Zero to JupyterHub runs the user's container as uid 1000 with the home volume on
    # /home/jovyan (its chart defaults, singleuser.uid and singleuser.storage.homeMountPath)
    assert option(build, "--user-id") == "1000" and option(build, "--user-name") == "jovyan"
    repo_dir = option(build, "--target-repo-dir")
    home = config["hub"]["config"]["KubeSpawner"]["notebook_dir"]
    assert home == "/home/jovyan" and not repo_dir.startswith(home + "/")
    assert config["singleuser"]["defaultUrl"] == "/lab"
    assert config["cull"]["enabled"] is True and config["cull"]["timeout"] > 0


def test_the_guide_says_what_hub_config_holds():
    """The numbers the guide gives for the national hub are the ones in hub/config.yaml."""
    text = " ".join(guide_sections().split())
    single = hub_config()["singleuser"]
    assert single["memory"] == {"guarantee": "512M", "limit": "1G"}
    assert "memori 512 MB dijamin dan paling banyak 1 GB per peserta" in text
    assert single["cpu"]["limit"] == 1 and "CPU paling banyak 1 inti" in text
    assert single["storage"]["capacity"] == "1Gi" and "1 GiB penyimpanan per peserta" in text
    assert hub_config()["cull"]["timeout"] == 3600 and "satu jam tidak dipakai" in text
    helm = next(c for c in commands() if c.startswith("helm upgrade "))
    assert option(helm, "--version") in (ROOT / "hub" / "config.yaml").read_text()


def test_the_guides_commands_name_files_that_exist():
    import yaml

    cmds = commands()
    assert "sudo -E pip install -r requirements.txt" in cmds
    assert any(c.startswith("curl -L https://tljh.jupyter.org/bootstrap.py | sudo -E python3 - "
                            "--admin ") for c in cmds)
    for c in cmds:
        for path in re.findall(r"(?:-r|--values) (\S+)", c):
            if path != "rahasia.yaml":  # the secrets file is the institution's, never committed
                assert (ROOT / path).is_file(), f"{c}: {path} does not exist"
    for name in re.findall(r"`([\w./-]+\.(?:txt|yml|yaml))`", guide_sections()):
        if name != "rahasia.yaml":
            assert (ROOT / name).is_file(), name
    settings = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert "launch_buttons.jupyterhub_url" in guide_sections() and \
        settings["launch_buttons"]["jupyterhub_url"].startswith("https://")
    # the repository the hub clones is the one the launch buttons point to
    clone = next(c for c in cmds if c.startswith("sudo git clone "))
    assert clone.split()[3] == settings["repository"]["url"]
    assert "rahasia.yaml" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()
