package org.cytoquiz.web.pages;

/**
 * One question on a result page.
 *
 * @param number its position, from 1
 * @param stem the question
 * @param given the learner's answer in words as {@link Views#describe} gives it (its phrase for no answer if none)
 * @param feedback the marking and explanations
 */
public record ReviewItem(int number, String stem, String given, FeedbackBox feedback) {}
