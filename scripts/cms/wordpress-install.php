<?php
// Installs a throwaway WordPress site (Debian's wordpress package, theme Twenty Twenty-Three) and
// adds the Getting started snippet in a Custom HTML block twice: once as an administrator, who may
// add scripts, and once as an author, whose scripts WordPress removes when the post is saved.
// Run by scripts/cms/wordpress.mjs: php wordpress-install.php <snippet.html>; prints JSON.
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = 'localhost';
$_SERVER['WORDPRESS_CONFIG'] = 'ldc-check'; // /etc/wordpress/config-ldc-check.php
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

$snippet = file_get_contents($argv[1]);
// What the block editor saves for a Custom HTML block.
$content = "<!-- wp:html -->\n" . $snippet . "\n<!-- /wp:html -->";

$password = wp_generate_password(24);
$install = wp_install('Ashdown District Council', 'admin', 'admin@example.gov.uk', false, '', $password);
switch_theme('twentytwentythree');

$author = wp_insert_user([
    'user_login' => 'author',
    'user_pass' => $password,
    'user_email' => 'author@example.gov.uk',
    'role' => 'author',
]);

// kses_init() applies WordPress's own rule: filter HTML unless the current user can use unfiltered_html.
function ldc_add_post(int $user, string $type, string $title, string $content): int {
    wp_set_current_user($user);
    kses_init();
    return wp_insert_post(wp_slash([
        'post_type' => $type,
        'post_status' => 'publish',
        'post_author' => $user,
        'post_title' => $title,
        'post_content' => $content,
    ]), true);
}

$adminPage = ldc_add_post($install['user_id'], 'page', 'Check if you can get a Blue Badge', $content);
$authorPost = ldc_add_post($author, 'post', 'Blue Badges (added by an author)', $content);

echo json_encode([
    'wordpress' => get_bloginfo('version'),
    'theme' => wp_get_theme()->get('Name'),
    'adminCanAddScripts' => user_can($install['user_id'], 'unfiltered_html'),
    'authorCanAddScripts' => user_can($author, 'unfiltered_html'),
    'pages' => [
        'administrator' => '/wordpress/?page_id=' . $adminPage,
        'author' => '/wordpress/?p=' . $authorPost,
    ],
]);
