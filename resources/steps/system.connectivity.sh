#! recheck: always
## probe
# A condition of the moment: only a run that still has packages to download needs the mirror.
[ -n "$(kkt_missing_packages $KKT_APT_PACKAGES)" ] || kkt_done "no package to download"
unreachable=$(kkt_unreachable_mirrors)
[ -z "$unreachable" ] && kkt_done "the package mirror answers"
kkt_change "the server cannot reach its package mirror: $unreachable"
## action
unreachable=$(kkt_unreachable_mirrors)
[ -z "$unreachable" ] && exit 0
echo "the server cannot reach its package mirror: $unreachable — check the server's network, DNS and apt proxy (its apt sources are in /etc/apt/sources.list and /etc/apt/sources.list.d), then resume" >&2
exit 1
## verify
[ -z "$(kkt_missing_packages $KKT_APT_PACKAGES)" ] || [ -z "$(kkt_unreachable_mirrors)" ]
