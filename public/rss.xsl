<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows Bảng Vàng's RSS feeds as a readable page in a browser (feed readers ignore it). No inline style or script:
  the page runs under the site's Content-Security-Policy, so the look comes from rss.css beside this file, found from
  the feed's own link (the site's address and base path).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="yes"/>
  <xsl:variable name="home" select="/rss/channel/link"/>
  <xsl:variable name="path" select="concat('/', substring-after(substring-after($home, '//'), '/'))"/>
  <xsl:template match="/">
    <html lang="vi">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="/rss/channel/title"/> (RSS)</title>
        <link rel="stylesheet" href="{concat($path, 'rss.css')}"/>
      </head>
      <body>
        <main>
          <p class="note">
            Đây là kênh RSS: dán địa chỉ của trang này vào ứng dụng đọc tin (Feedly, Inoreader, Thunderbird…) để nhận
            bài viết mới. <a href="{$home}">Về trang chủ Bảng Vàng</a>.
          </p>
          <h1><xsl:value-of select="/rss/channel/title"/></h1>
          <p><xsl:value-of select="/rss/channel/description"/></p>
          <ul>
            <xsl:for-each select="/rss/channel/item">
              <li>
                <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
                <p class="meta"><xsl:value-of select="substring(pubDate, 6, 11)"/></p>
                <p><xsl:value-of select="description"/></p>
              </li>
            </xsl:for-each>
          </ul>
          <xsl:if test="not(/rss/channel/item)"><p>Chưa có bài viết nào.</p></xsl:if>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
