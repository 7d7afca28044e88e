## probe
[ -d "$KKT_RELEASE_DIR" ] || kkt_unknown "the release is unpacked first"
want=$(cd "$KKT_RELEASE_DIR" && { cat $KKT_PIP_REQUIREMENTS; echo "$KKT_PIP_EXTRA $KKT_PYTHON $KKT_VENV_SYSTEM_SITE"; } | sha256sum | cut -d' ' -f1)
[ "$(cat "$KKT_RELEASE_DIR/venv/.kkt-requirements" 2>/dev/null)" = "$want" ] && kkt_done
kkt_change "will create the virtual environment and install the dependencies"
## action
cd "$KKT_RELEASE_DIR"
want=$({ cat $KKT_PIP_REQUIREMENTS; echo "$KKT_PIP_EXTRA $KKT_PYTHON $KKT_VENV_SYSTEM_SITE"; } | sha256sum | cut -d' ' -f1)
site=; [ "$KKT_VENV_SYSTEM_SITE" = 1 ] && site=--system-site-packages
runuser -u "$KKT_SERVICE_USER" -- "$KKT_PYTHON" -m venv $site venv
req=()
for file in $KKT_PIP_REQUIREMENTS; do [ -s "$file" ] && req+=(-r "$file"); done
# Both requirement files and the packages the code imports but the files omit: one resolution.
if [ ${#req[@]} -gt 0 ] || [ -n "$KKT_PIP_EXTRA" ]; then
    runuser -u "$KKT_SERVICE_USER" -- venv/bin/pip install --disable-pip-version-check --no-input -q "${req[@]}" $KKT_PIP_EXTRA
fi
printf '%s' "$want" >venv/.kkt-requirements
chown "$KKT_SERVICE_USER:$KKT_SERVICE_USER" venv/.kkt-requirements
kkt_needs_restart
## verify
"$KKT_RELEASE_DIR/venv/bin/python" -c 'import sys; print(sys.version)' >/dev/null
