# Read-only: how a test instance is served on this server, its nginx configuration being the truth
# (the registry keeps no web mode): "path" when it has a location file production's site includes
# (/test/), "subdomain" when it has a site of its own (test.<domain>), "none" otherwise.
if [ -e "$KKT_NGINX_INCLUDE_FILE" ]; then
    echo "::kkt-test-web path"
elif [ -e "/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME" ]; then
    echo "::kkt-test-web subdomain"
else
    echo "::kkt-test-web none"
fi
