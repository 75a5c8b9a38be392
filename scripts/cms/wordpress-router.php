<?php
// Router for PHP's built-in server: WordPress (Debian's /usr/share/wordpress) under /wordpress/,
// the path the test server proxies, so pages and their assets share the test page's origin.
// Debian's wp-config.php then reads /etc/wordpress/config-ldc-check.php, written by wordpress.mjs.
$_SERVER['WORDPRESS_CONFIG'] = 'ldc-check';
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (strpos($path, '/wordpress') !== 0 || strpos($path, '..') !== false) {
    http_response_code(404);
    return true;
}
$rel = substr($path, strlen('/wordpress')) ?: '/';
$file = strpos($rel, '/wp-content/') === 0
    ? '/var/lib/wordpress' . $rel
    : '/usr/share/wordpress' . $rel;
if (is_dir($file)) $file = rtrim($file, '/') . '/index.php';

$types = ['css' => 'text/css', 'js' => 'text/javascript', 'svg' => 'image/svg+xml', 'png' => 'image/png',
    'woff2' => 'font/woff2', 'json' => 'application/json', 'ico' => 'image/x-icon'];
$ext = pathinfo($file, PATHINFO_EXTENSION);
if (is_file($file) && $ext !== 'php') {
    header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
    readfile($file);
    return true;
}
if (!is_file($file)) $file = '/usr/share/wordpress/index.php';
$_SERVER['SCRIPT_FILENAME'] = $file;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = '/wordpress' . substr($file, strlen('/usr/share/wordpress'));
chdir(dirname($file));
require $file;
