/** Moodle's GIFT text format: {@link org.cytoquiz.interchange.gift.GiftWriter}. */
package org.cytoquiz.interchange.gift;
