/** Browser pages that are not OGC API resources: the sign-in page. The map itself is the landing page's HTML. */
package cl.sit.web;
